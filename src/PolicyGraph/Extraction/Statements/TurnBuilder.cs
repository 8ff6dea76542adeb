using System.Text;
using PolicyGraph.Text;

namespace PolicyGraph.Extraction.Statements;

/// <summary>
/// Builds one turn per attribution: the quotation before the speaker (“…”杨杰敏表示), the quotation or reported
/// speech after the cue, and the following sentences of the paragraph while they are clearly the same speech —
/// up to the next attribution, a narrator's sentence (据悉, 据了解, 记者, 数据显示, 截至…), a sentence about another named person
/// (越南国家主席陈大光表示支持…) or the paragraph's end.
/// </summary>
internal sealed partial class TurnBuilder
{
    private static readonly string[] Narration = ["据悉", "据了解", "据介绍", "据统计", "据报道", "另悉", "另据", "记者", "本报讯", "编者按", "数据显示", "统计显示", "截至"];

    private readonly string _text;
    private readonly IReadOnlyList<Paragraph> _paragraphs;
    private readonly IReadOnlyDictionary<int, (int End, string Canonical)> _personsByStart;
    private readonly IReadOnlyDictionary<int, string> _holdersByChainStart;
    private readonly HashSet<int> _consumedQuotes = [];

    /// <summary>
    /// A builder over <paramref name="paragraphs"/> of <paramref name="text"/>, whose named persons start at the keys
    /// of <paramref name="personsByStart"/> (where each ends, and its canonical name, the values), and whose chains of
    /// posts before a name (天津海关关长赵刚) start at the keys of <paramref name="holdersByChainStart"/>.
    /// </summary>
    public TurnBuilder(string text, IReadOnlyList<Paragraph> paragraphs, IReadOnlyDictionary<int, (int End, string Canonical)> personsByStart,
        IReadOnlyDictionary<int, string>? holdersByChainStart = null)
    {
        _text = text;
        _paragraphs = paragraphs;
        _personsByStart = personsByStart;
        _holdersByChainStart = holdersByChainStart ?? new Dictionary<int, string>();
    }

    /// <summary>The turns of the attributions <paramref name="frames"/> found in paragraph <paramref name="index"/>.</summary>
    public IEnumerable<StatementFact> Build(int index, IReadOnlyList<Frame> frames)
    {
        var paragraph = _paragraphs[index];
        var framedUnits = frames.Select(f => f.Unit).ToHashSet();
        for (var k = 0; k < frames.Count; k++)
        {
            var frame = frames[k];
            var next = k + 1 < frames.Count && frames[k + 1].Unit == frame.Unit ? frames[k + 1] : null;
            var parts = new List<TurnPart>();
            var start = frame.Speaker.Start;
            if (QuoteBefore(paragraph, frame) is { } before)
            {
                parts.Add(new TurnPart(before.Inner, true, before.End));
                start = before.Open;
                _consumedQuotes.Add(before.Open);
            }

            var limit = next is null ? paragraph.Units[frame.Unit].End : ClauseStart(paragraph, next, frame);
            AddAfterCue(paragraph, frame, limit, parts);
            if (parts.Count == 0)
            {
                continue;
            }

            if (next is null)
            {
                Continue(index, frame, framedUnits, parts);
            }

            yield return Statement(frame, start, parts);
        }
    }

    private void AddAfterCue(Paragraph paragraph, Frame frame, int limit, List<TurnPart> parts)
    {
        var i = frame.CueEnd;
        var introduced = false;
        if (i < limit && SpeechCues.IsIntroducer(_text[i]))
        {
            i++;
            introduced = true;
        }

        if (i >= limit || IsTerminal(_text[i]))
        {
            return;
        }

        if (paragraph.QuoteAt(i) is { } quote && (quote.IsSpeech(_text) || quote.End >= limit - 1))
        {
            parts.Add(new TurnPart(quote.Inner, true, quote.End));
            _consumedQuotes.Add(quote.Open);
            return;
        }

        // Bare content follows the verb directly (他认为宁红茶要…); a space after it is a headline's layout.
        if (!introduced && (!SpeechCues.TakesBareContent(frame.Cue) || char.IsWhiteSpace(_text[i]) || _text[i] == '\u3000'))
        {
            return;
        }

        var end = TrimEnd(i, limit);
        if (!introduced && (end - i < 8 || SpeechCues.ExpressesFeeling(_text, i, end)))
        {
            // 表示真诚的感谢, 表示热烈欢迎: a gesture reported, not words.
            return;
        }

        if (end - i >= 2)
        {
            parts.Add(new TurnPart(new TextSpan(i, end), false, end));
        }
    }

    // The speech quotation that opens the sentence and runs up to the speaker: “…”市知识产权局局长任洪源表示.
    private Quote? QuoteBefore(Paragraph paragraph, Frame frame)
    {
        var unit = paragraph.Units[frame.Unit];
        var quote = paragraph.LastQuoteEndingBy(frame.Speaker.Start, unit.Start);
        if (quote is null || !quote.Closed || _consumedQuotes.Contains(quote.Open) || !quote.IsSpeech(_text) || frame.Speaker.Start - quote.End > 40)
        {
            return null;
        }

        var between = _text.AsSpan(quote.End, frame.Speaker.Start - quote.End);
        if (between.IndexOfAny("。！？；“”「」『』\"") >= 0)
        {
            return null;
        }

        var lead = _text.AsSpan(unit.Start, quote.Open - unit.Start).Trim();
        return lead.Length == 0 || (lead.Length <= 12 && SpeechCues.IsIntroducer(lead[^1])) ? quote : null;
    }
}
