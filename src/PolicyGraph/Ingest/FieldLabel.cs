namespace PolicyGraph.Ingest;

/// <summary>Where a label such as 来源 or 发布时间 starts a field of a page's metadata line.</summary>
internal static class FieldLabel
{
    /// <summary>
    /// Whether a label at <paramref name="at"/> starts a field of a metadata line (line start, after a space, a bar, a
    /// bracket or a time) rather than ending a longer word in a sentence (资金来源：…).
    /// </summary>
    public static bool StartsField(string line, int at)
    {
        ArgumentNullException.ThrowIfNull(line);
        return at == 0 || TextLine.IsSpace(line[at - 1]) || line[at - 1] is '|' or '｜' or '【' or '[' or '(' or '（' or '】' or ']' or ')' or '）' or '/'
            || char.IsAsciiDigit(line[at - 1]);
    }
}
