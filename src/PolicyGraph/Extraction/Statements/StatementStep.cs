using PolicyGraph.Text;

namespace PolicyGraph.Extraction.Statements;

/// <summary>
/// Finds attributed speech: every turn in which a named person, or an organisation through an unnamed official,
/// is quoted (“…”杨杰敏表示) or reported (杨柳表示，…), and adds one <see cref="StatementFact"/> per turn.
/// Needs the person and organisation mentions of earlier steps.
/// </summary>
public sealed class StatementStep : IExtractionStep
{
    /// <inheritdoc />
    public void Run(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var paragraphs = Paragraph.Split(context.Text);
        var persons = new PersonDirectory(context);
        var finder = new SpeakerFinder(context, persons);
        var interview = new InterviewReader(context.Text, paragraphs, persons);
        var personsByStart = new Dictionary<int, (int End, string Canonical)>();
        foreach (var mention in context.Mentions)
        {
            if (mention.Type == MentionType.Person)
            {
                personsByStart.TryAdd(mention.Span.Start, (mention.Span.End, mention.Canonical));
            }
        }

        var holders = new Dictionary<int, string>();
        foreach (var position in context.Positions)
        {
            if (position.Span.End == position.PersonSpan.End)
            {
                holders.TryAdd(position.Span.Start, position.Person);
            }
        }

        var builder = new TurnBuilder(context.Text, paragraphs, personsByStart, holders);
        Speaker? previous = null;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var paragraph = paragraphs[p];
            if (IsChromeParagraph(context, paragraph.Span))
            {
                continue;
            }

            List<Frame>? frames = null;
            if (interview.IsInterviewParagraph(p))
            {
                // 答：省商务厅副厅长龚丽君介绍，… names its speaker: a press conference's answer, read as any paragraph.
                frames = interview.MarkedAnswerStart(p) is { } start && FindFrames(context, paragraph, finder, previous) is var found
                    && OpensWithSpeaker(context.Text, start, found) ? found : null;
                if (frames is null)
                {
                    if (interview.Answer(p) is { } answer && !context.IsChrome(answer.Span))
                    {
                        context.Statements.Add(answer);
                        previous = answer.Speaker;
                    }

                    continue;
                }
            }

            frames ??= FindFrames(context, paragraph, finder, previous);
            foreach (var statement in builder.Build(p, frames))
            {
                if (!context.IsChrome(statement.Span))
                {
                    context.Statements.Add(statement);
                }
            }

            // A paragraph opening with 他说 may continue the previous paragraph's speaker, but no further back.
            previous = frames.Count > 0 ? frames[^1].Speaker.Speaker : null;
        }
    }

    // A paragraph of furniture: under 200 characters and half of it or more furniture. A reporter's credit opening a
    // lead (本报讯（记者 程霁 吴启航）7月10日，…。他强调，…) leaves the paragraph the article's.
    private static bool IsChromeParagraph(ExtractionContext context, TextSpan paragraph)
    {
        if (paragraph.Length >= 200)
        {
            return false;
        }

        var covered = 0;
        foreach (var chrome in context.Document.Chrome)
        {
            covered += Math.Max(0, Math.Min(chrome.End, paragraph.End) - Math.Max(chrome.Start, paragraph.Start));
        }

        return covered * 2 >= paragraph.Length;
    }

    // The longest posts before a speaker's name opening an answer (省发展改革委党组成员、副主任罗振华介绍).
    private const int MaxPostsBeforeSpeaker = 32;

    // Whether the first attribution of a paragraph opening at start is its opening words: a named speaker, after
    // posts at most (no comma or full stop between), and the cue in the first sentence.
    private static bool OpensWithSpeaker(string text, int start, List<Frame> frames)
    {
        if (frames is not [var first, ..] || first.Unit != 0 || first.Speaker.Speaker.Type != MentionType.Person
            || first.Speaker.Start < start || first.Speaker.Start - start > MaxPostsBeforeSpeaker)
        {
            return false;
        }

        return text.AsSpan(start, first.Speaker.Start - start).IndexOfAny('，', '。', '；') < 0;
    }

    private static List<Frame> FindFrames(ExtractionContext context, Paragraph paragraph, SpeakerFinder finder, Speaker? previous)
    {
        var text = context.Text;
        var frames = new List<Frame>();
        var q = 0;
        for (var u = 0; u < paragraph.Units.Count; u++)
        {
            var unit = paragraph.Units[u];
            for (var i = unit.Start; i < unit.End; i++)
            {
                while (q < paragraph.Quotes.Count && paragraph.Quotes[q].End <= i)
                {
                    q++;
                }

                var inQuote = q < paragraph.Quotes.Count && paragraph.Quotes[q].Open <= i;
                if (inQuote || SpeechCues.At(text, i) is not { } cue || context.IsChrome(new TextSpan(i, i + cue.Length)))
                {
                    continue;
                }

                if (finder.Find(i, unit.Start, paragraph.Span, previous) is { } speaker)
                {
                    frames.Add(new Frame(speaker, cue, i, u));
                    i += cue.Length - 1;
                }
            }
        }

        return frames;
    }
}
