namespace PolicyGraph.Lexicon;

/// <summary>A kind of government or party body: its standard name (发展和改革委员会) and kind.</summary>
/// <param name="Standard">The standard name without place (发展和改革委员会, 委员会 for a party committee).</param>
/// <param name="Kind">government, party, association or media.</param>
internal sealed record GovernmentBody(string Standard, string Kind)
{
    /// <summary>What a people's government is called after its place (天津市人民政府).</summary>
    public const string PeoplesGovernment = "人民政府";

    /// <summary>The canonical name of this body at <paramref name="place"/>: 中共天津市委员会, 天津市发展和改革委员会.</summary>
    public string At(string place) =>
        Standard.Contains("{place}", StringComparison.Ordinal) ? Standard.Replace("{place}", place, StringComparison.Ordinal)
        : Kind == "party" ? "中共" + place + Standard : place + Standard;
}

/// <summary>A named organisation known without context: 国务院, 东盟.</summary>
internal sealed record KnownOrganization(string Canonical, string Kind);
