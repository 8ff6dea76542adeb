using System.Text;
using PolicyGraph.Text;

namespace PolicyGraph.Extraction.Statements;

internal sealed partial class TurnBuilder
{
    // Follows a turn over the paragraph's next units while they carry on the same speech.
    private void Continue(int index, Frame frame, HashSet<int> framedUnits, List<TurnPart> parts)
    {
        var paragraph = _paragraphs[index];
        for (var u = frame.Unit + 1; u < paragraph.Units.Count; u++)
        {
            var unit = paragraph.Units[u];
            if (framedUnits.Contains(u) || StartsWithAny(unit.Start, Narration) || NamesAnotherPerson(unit, frame.Speaker.Speaker)
                || AnotherSubjectReports(unit, frame.Speaker.Speaker) || OpensWithAnotherHolder(unit, frame.Speaker.Speaker))
            {
                return;
            }

            var quote = paragraph.QuoteAt(unit.Start);
            if (quote is not null && OnlyPunctuation(quote.End, unit.End) && quote.IsSpeech(_text))
            {
                parts.Add(new TurnPart(quote.Inner, true, quote.End));
                _consumedQuotes.Add(quote.Open);
                continue;
            }

            if (parts[^1].Quoted)
            {
                return;
            }

            parts.Add(new TurnPart(new TextSpan(unit.Start, unit.End), false, unit.End));
        }

        ContinueAcrossParagraphs(index, parts);
    }

    // Words a sentence's subject is named within: its first clause, up to this many characters (越南国家主席陈大光).
    private const int SubjectReach = 16;

    // Characters a title written after a name may take (习近平主席|表示).
    private const int TitleAfterName = 4;

    // 越南国家主席陈大光表示支持…: a sentence whose first clause has a person other than the speaker report
    // something (a reporting verb after the name or its title, even one that reports a gesture) is that person's,
    // not more of the speech. A person merely named there (习近平主席提出的倡议…) is part of it.
    private bool NamesAnotherPerson(TextSpan unit, Speaker speaker)
    {
        var end = Math.Min(unit.End, unit.Start + SubjectReach);
        for (var i = unit.Start; i < end && _text[i] is not ('，' or ',' or '“' or '"'); i++)
        {
            if (_personsByStart.TryGetValue(i, out var person) && !(speaker.Type == MentionType.Person && person.Canonical == speaker.Canonical)
                && ReportsAfter(person.End))
            {
                return true;
            }
        }

        return false;
    }

    // 南非总统府今天发表声明称，…; 各部门表示，…: a sentence whose first clause has some other subject report
    // something (the cue, then a comma or colon) is the narrator's, not more of the speech. A pronoun (他表示) or the
    // speaker's own name opens a turn of the speaker's, which the attribution step frames; a directive or a phrase
    // (要按照…的要求，…; 这表示, 在…) is no subject.
    private const string NoSubjectStarts = "他她其我要必应须需把将以对在为从让使这那";

    // A bare title refers back to the speaker who holds it (习近平强调，…。总书记指出，…).
    private static readonly HashSet<string> BareTitles = new(StringComparer.Ordinal)
    {
        "总书记", "主席", "习主席", "总理", "委员长", "书记", "省长", "市长", "县长", "区长", "局长", "主任", "董事长", "总经理",
    };

    private bool AnotherSubjectReports(TextSpan unit, Speaker speaker)
    {
        var start = AfterTimeClause(unit);
        var end = Math.Min(unit.End, start + SubjectReach);
        for (var i = start + 1; i < end && _text[i] is not ('，' or ',' or '：' or ':' or '“' or '"'); i++)
        {
            // 南非总统府发表声明称，…; 5月初，委内瑞拉政府称连续挫败…: after 称 the content may follow at once.
            // After a clause of time only a verb that cannot be a noun counts (…大家提出的意见和建议，… is no report).
            if (SpeechCues.At(_text, i) is { } cue && i + cue.Length < unit.End && (start == unit.Start || ReportVerbs.Contains(cue))
                && (SpeechCues.IsIntroducer(_text[i + cue.Length]) || (cue == "称" && ChineseText.IsHan(_text[i + cue.Length]))))
            {
                var subject = _text.AsSpan(start, i - start);
                return !NoSubjectStarts.Contains(subject[0]) && !subject.Contains(speaker.Canonical, StringComparison.Ordinal)
                    && !BareTitles.Contains(subject.ToString());
            }
        }

        return false;
    }

    private static readonly HashSet<string> ReportVerbs = new(StringComparer.Ordinal) { "称", "说", "表示", "宣布", "指出", "强调" };

    // Words of time that open a sentence before its subject (5月初，委内瑞拉政府称…; 当天，…), and with 初 or 底 after.
    private static readonly string[] TimeWords =
    [.. from word in (string[])["月", "日", "年", "当天", "此前", "随后", "目前", "近日", "今天", "昨天", "同一天", "当日"]
        from end in (string[])["", "初", "底"]
        select word + end];

    // Where the subject of unit may start: after a short opening clause of time (5月初，), or at the start.
    private int AfterTimeClause(TextSpan unit)
    {
        var comma = _text.IndexOf('，', unit.Start, Math.Min(8, unit.End - unit.Start));
        if (comma < 0)
        {
            return unit.Start;
        }

        var clause = _text.AsSpan(unit.Start, comma - unit.Start);
        foreach (var word in TimeWords)
        {
            if (clause.EndsWith(word, StringComparison.Ordinal))
            {
                return comma + 1;
            }
        }

        return unit.Start;
    }

    // 天津海关关长赵刚、…参加: a sentence that opens by naming someone else with their post is the narrator's.
    private bool OpensWithAnotherHolder(TextSpan unit, Speaker speaker)
    {
        var start = unit.Start;
        while (start < unit.End && char.IsWhiteSpace(_text[start]))
        {
            start++;
        }

        return _holdersByChainStart.TryGetValue(start, out var holder) && !(speaker.Type == MentionType.Person && holder == speaker.Canonical);
    }

    private bool ReportsAfter(int nameEnd)
    {
        for (var at = nameEnd; at <= nameEnd + TitleAfterName && at < _text.Length; at++)
        {
            if (SpeechCues.StartsAt(_text, at))
            {
                return true;
            }

            if (!ChineseText.IsHan(_text[at]))
            {
                return false;
            }
        }

        return false;
    }

    // A quotation left open at a paragraph's end goes on in the next paragraph when that one opens with a mark:
    // the convention for speech that runs over several paragraphs.
    private void ContinueAcrossParagraphs(int index, List<TurnPart> parts)
    {
        var last = parts[^1];
        var open = last.Quoted && _paragraphs[index].Quotes.Any(q => !q.Closed && q.Inner == last.Content);
        for (var p = index + 1; open && p < _paragraphs.Count; p++)
        {
            var next = _paragraphs[p];
            if (next.QuoteAt(next.Span.Start) is not { } quote)
            {
                return;
            }

            parts.Add(new TurnPart(quote.Inner, true, quote.End));
            _consumedQuotes.Add(quote.Open);
            open = !quote.Closed;
        }
    }

    private StatementFact Statement(Frame frame, int start, List<TurnPart> parts)
    {
        var text = new StringBuilder();
        foreach (var part in parts)
        {
            text.Append(_text, part.Content.Start, part.Content.Length);
        }

        var quoted = parts.Any(p => p.Quoted);
        var reported = parts.Any(p => !p.Quoted);
        var mode = quoted && reported ? StatementMode.Mixed
            : quoted ? StatementMode.Direct
            : parts.Any(p => HasSpeechQuote(p.Content)) ? StatementMode.Mixed
            : StatementMode.Indirect;
        var end = Math.Max(frame.CueEnd, parts.Max(p => p.End));
        return new StatementFact(frame.Speaker.Speaker, frame.Cue, mode, new TextSpan(start, end), text.ToString(), [.. parts.Select(p => p.Content)]);
    }

    private bool HasSpeechQuote(TextSpan span) =>
        _paragraphs.Any(p => p.Span.Contains(span) && p.Quotes.Any(q => span.Contains(q.Span) && q.IsSpeech(_text)));

    // Where the clause of the next attribution in the same sentence begins: after the last comma before it.
    private int ClauseStart(Paragraph paragraph, Frame next, Frame previous)
    {
        var start = next.Speaker.Start;
        var floor = paragraph.Span.Start;
        var quote = paragraph.LastQuoteEndingBy(start, paragraph.Units[next.Unit].Start);
        if (quote is not null && start - quote.End <= 40)
        {
            // 唐岳说：“…。”他说，…: a quotation opened right after the earlier cue is that cue's, not the next one's.
            if (OnlyIntroducers(previous.CueEnd, quote.Open))
            {
                floor = quote.End;
            }
            else
            {
                start = quote.Open;
            }
        }

        var comma = _text.LastIndexOfAny(['，', ','], Math.Max(start - 1, 0), Math.Max(start - floor, 0));
        return comma >= floor && start - comma <= 40 ? comma + 1 : start;
    }

    private bool OnlyIntroducers(int start, int end)
    {
        if (end < start)
        {
            return false;
        }

        for (var i = start; i < end; i++)
        {
            if (!SpeechCues.IsIntroducer(_text[i]) && !char.IsWhiteSpace(_text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private int TrimEnd(int start, int end)
    {
        while (end > start && (char.IsWhiteSpace(_text[end - 1]) || _text[end - 1] is '\u3000' or '，' or ','))
        {
            end--;
        }

        return end;
    }

    private bool OnlyPunctuation(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!IsTerminal(_text[i]) && !char.IsWhiteSpace(_text[i]) && _text[i] is not ('，' or ',' or '…'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsTerminal(char c) => c is '。' or '！' or '？' or '!' or '?';

    private bool StartsWithAny(int offset, string[] prefixes) =>
        prefixes.Any(p => string.CompareOrdinal(_text, offset, p, 0, p.Length) == 0);
}
