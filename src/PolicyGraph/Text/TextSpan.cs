namespace PolicyGraph.Text;

/// <summary>A half-open range of UTF-16 code units [Start, End) in a document's plain text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>How many code units the span covers.</summary>
    public int Length => End - Start;

    /// <summary>Whether <paramref name="other"/> lies wholly inside this span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>Whether the offset lies inside this span.</summary>
    public bool Contains(int offset) => offset >= Start && offset < End;

    /// <summary>Whether the two spans share at least one code unit.</summary>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    /// <summary>The text this span covers in <paramref name="text"/>.</summary>
    public string Of(string text) => text.Substring(Start, Length);
}
