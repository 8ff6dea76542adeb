using PolicyGraph.Text;

namespace PolicyGraph.Extraction.Statements;

/// <summary>A quotation in one paragraph: its marks and the words between them.</summary>
/// <param name="Open">Offset of the opening mark.</param>
/// <param name="End">Offset just past the closing mark, or the paragraph's end when the quote never closes.</param>
/// <param name="Inner">The words between the marks.</param>
/// <param name="Closed">Whether a closing mark was found.</param>
internal sealed record Quote(int Open, int End, TextSpan Inner, bool Closed)
{
    /// <summary>The whole quotation, marks included.</summary>
    public TextSpan Span => new(Open, End);

    /// <summary>
    /// Whether the quotation reads as speech rather than a quoted term (“十项行动”, “线”): long enough and
    /// shaped like a clause or sentence.
    /// </summary>
    public bool IsSpeech(string text)
    {
        var inner = Inner.Of(text);
        if (inner.Length >= 15)
        {
            return true;
        }

        return inner.Length >= 6 && inner.AsSpan().IndexOfAny("，。！？；,!?;…") >= 0;
    }
}
