using PolicyGraph.Text;

namespace PolicyGraph.Extraction.Statements;

/// <summary>
/// Reads question-and-answer interviews: paragraphs opening 记者：/问： are questions (not statements); paragraphs
/// opening 答： or with the interviewee's name and a colon (李明远：) are that person's answers, cue 答.
/// </summary>
internal sealed class InterviewReader
{
    private static readonly string[] QuestionMarks = ["记者：", "记者:", "问：", "问:", "Q：", "Q:", "本报记者：", "主持人：", "主持人:"];
    private static readonly string[] AnswerMarks = ["答：", "答:", "A：", "A:"];

    private readonly string _text;
    private readonly IReadOnlyList<Paragraph> _paragraphs;
    private readonly PersonDirectory _persons;
    private readonly int _firstQuestion;

    public InterviewReader(string text, IReadOnlyList<Paragraph> paragraphs, PersonDirectory persons)
    {
        _text = text;
        _paragraphs = paragraphs;
        _persons = persons;
        _firstQuestion = -1;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            if (IsQuestion(paragraphs[p].Span.Start))
            {
                _firstQuestion = p;
                break;
            }
        }
    }

    /// <summary>Whether paragraph <paramref name="index"/> is a question or an answer of an interview.</summary>
    public bool IsInterviewParagraph(int index) =>
        _firstQuestion >= 0 && index >= _firstQuestion
        && (IsQuestion(_paragraphs[index].Span.Start) || AnswerAt(index) is not null);

    /// <summary>The answer in paragraph <paramref name="index"/>, or null when it is a question.</summary>
    public StatementFact? Answer(int index)
    {
        if (AnswerAt(index) is not { } answer)
        {
            return null;
        }

        var span = _paragraphs[index].Span;
        var content = new TextSpan(answer.ContentStart, span.End);
        if (content.Length == 0)
        {
            return null;
        }

        return new StatementFact(new Speaker(MentionType.Person, answer.Person), "答", StatementMode.Direct, span, content.Of(_text), [content]);
    }

    /// <summary>Where the words of paragraph <paramref name="index"/> start after its answer mark (答：), or null when it has none.</summary>
    public int? MarkedAnswerStart(int index)
    {
        var start = _paragraphs[index].Span.Start;
        return StartsWithAny(start, AnswerMarks) is { } mark ? start + mark.Length : null;
    }

    private (string Person, int ContentStart)? AnswerAt(int index)
    {
        var span = _paragraphs[index].Span;
        if (StartsWithAny(span.Start, AnswerMarks) is { } mark)
        {
            return Interviewee() is { } person ? (person, span.Start + mark.Length) : null;
        }

        // 答（市财政局副局长钮建华）：the person named last in the brackets.
        if (BracketedAfter(span.Start, "答") is > 0 and var answerStart)
        {
            var close = answerStart - 2;
            foreach (var (name, mention) in _persons.Mentions)
            {
                if (mention.End == close && mention.Start > span.Start)
                {
                    return (name, answerStart);
                }
            }

            return null;
        }

        var colon = _text.IndexOfAny(['：', ':'], span.Start, Math.Min(16, span.Length));
        if (colon <= span.Start)
        {
            return null;
        }

        foreach (var (name, mention) in _persons.Mentions)
        {
            if (mention.Start == span.Start && mention.End == colon)
            {
                return (name, colon + 1);
            }
        }

        return _persons.ShortFormEndingAt(_text, colon, span.Start) is { } shortForm && shortForm.Start == span.Start
            ? (shortForm.Name, colon + 1)
            : null;
    }

    // The interviewee is the last person named before the first question: 本报记者专访了市长李明远.
    private string? Interviewee()
    {
        var limit = _paragraphs[_firstQuestion].Span.Start;
        var before = _persons.Mentions.Where(m => m.Span.End <= limit).ToList();
        return before.Count > 0 ? before[^1].Name : _persons.Mentions.FirstOrDefault().Name;
    }

    // The longest outlet's name a reporter's question may open with (人民日报记者：, 中央广播电视总台记者：).
    private const int MaxOutlet = 10;

    private static readonly string[] ReporterMarks = ["记者：", "记者:"];

    // A question opens with its mark (记者：, 问：), with the reporter's outlet before it (人民日报记者：) or in brackets
    // after it (问（现代快报记者）：).
    private bool IsQuestion(int offset)
    {
        if (StartsWithAny(offset, QuestionMarks) is not null || BracketedAfter(offset, "问") > 0)
        {
            return true;
        }

        for (var at = offset + 2; at <= offset + MaxOutlet && at < _text.Length && ChineseText.IsHan(_text[at - 1]); at++)
        {
            if (StartsWithAny(at, ReporterMarks) is not null)
            {
                return true;
            }
        }

        return false;
    }

    // The longest bracket after 问 or 答 (the reporter's outlet, the answering official's posts and name).
    private const int MaxBracket = 40;

    // Where the text after mark（…）： starts at offset (问（扬子晚报记者）：), or 0 when it does not open so.
    private int BracketedAfter(int offset, string mark)
    {
        var open = offset + mark.Length;
        if (string.CompareOrdinal(_text, offset, mark, 0, mark.Length) != 0 || open >= _text.Length || _text[open] is not ('（' or '('))
        {
            return 0;
        }

        var close = _text.IndexOfAny(['）', ')', '\n'], open + 1, Math.Min(MaxBracket, _text.Length - open - 1));
        return close > open + 1 && _text[close] != '\n' && close + 1 < _text.Length && _text[close + 1] is '：' or ':' ? close + 2 : 0;
    }

    private string? StartsWithAny(int offset, string[] marks)
    {
        foreach (var mark in marks)
        {
            if (string.CompareOrdinal(_text, offset, mark, 0, mark.Length) == 0)
            {
                return mark;
            }
        }

        return null;
    }
}
