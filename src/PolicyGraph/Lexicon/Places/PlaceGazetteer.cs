using System.Collections.Frozen;

namespace PolicyGraph.Lexicon.Places;

/// <summary>
/// The administrative divisions of China (provinces, prefectures, counties) with their parents, looked up by full or
/// short name. Immutable once built, so one instance serves every thread.
/// </summary>
internal sealed partial class PlaceGazetteer
{
    private static readonly Lazy<PlaceGazetteer> Shared = new(PlaceGazetteerLoader.LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, Place> _byCode;
    private readonly FrozenDictionary<string, Place[]> _byFullName;
    private readonly FrozenDictionary<string, Place[]> _byShortName;
    private readonly FrozenDictionary<string, Place[]>.AlternateLookup<ReadOnlySpan<char>> _fullNameSpans;
    private readonly FrozenDictionary<string, Place[]>.AlternateLookup<ReadOnlySpan<char>> _shortNameSpans;

    /// <summary>Builds a gazetteer over <paramref name="places"/>; every parent code must name a place in the list.</summary>
    public PlaceGazetteer(IEnumerable<Place> places)
    {
        ArgumentNullException.ThrowIfNull(places);
        var ordered = places.OrderBy(p => p.Level).ThenBy(p => p.Code, StringComparer.Ordinal).ToArray();
        All = ordered;
        _byCode = ordered.ToFrozenDictionary(p => p.Code, StringComparer.Ordinal);
        _byFullName = ordered.SelectMany(p => CommonNames(p).Prepend(p.Name).Select(name => (Name: name, Place: p)))
            .GroupBy(n => n.Name, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.Select(n => n.Place).ToArray(), StringComparer.Ordinal);
        _byShortName = Group(ordered.Where(p => p.ShortName.Length > 0), p => p.ShortName);
        _fullNameSpans = _byFullName.GetAlternateLookup<ReadOnlySpan<char>>();
        _shortNameSpans = _byShortName.GetAlternateLookup<ReadOnlySpan<char>>();
        MaxNameLength = ordered.Max(p => p.Name.Length);
    }

    /// <summary>The gazetteer of the embedded national division list, loaded once on first use.</summary>
    public static PlaceGazetteer Default => Shared.Value;

    /// <summary>Every place, provinces first, then by code.</summary>
    public IReadOnlyList<Place> All { get; }

    /// <summary>The length of the longest full name.</summary>
    public int MaxNameLength { get; }

    /// <summary>The place with the six-digit <paramref name="code"/>, or null.</summary>
    public Place? ByCode(string code) => _byCode.GetValueOrDefault(code);

    // The names written for a place as if official: an autonomous prefecture by its short name and 州 (凉山州 for
    // 凉山彝族自治州, 恩施州, 甘孜州), as governments and papers name them.
    private static IEnumerable<string> CommonNames(Place place) =>
        place.Level == PlaceLevel.Prefecture && place.Name.EndsWith("自治州", StringComparison.Ordinal) && place.ShortName.Length > 0 ? [place.ShortName + "州"] : [];

    /// <summary>
    /// Places whose full name is <paramref name="name"/> (太原市, 朝阳区, and 凉山州 for 凉山彝族自治州), higher levels
    /// first.
    /// </summary>
    public IReadOnlyList<Place> ByFullName(string name) => _byFullName.GetValueOrDefault(name) ?? [];

    /// <summary>Places whose short name is <paramref name="name"/> (太原, 山西, 浦东, 新疆), higher levels first.</summary>
    public IReadOnlyList<Place> ByShortName(string name) => _byShortName.GetValueOrDefault(name) ?? [];

    /// <summary>Whether some place has <paramref name="name"/> as its full name (成都市, 西和县), read in place.</summary>
    public bool NamesInFull(ReadOnlySpan<char> name) => _fullNameSpans.ContainsKey(name);

    /// <summary>Whether some place has <paramref name="name"/> as its full or short name (成都, 成都市, 凉山州).</summary>
    public bool Names(ReadOnlySpan<char> name) => _fullNameSpans.ContainsKey(name) || _shortNameSpans.ContainsKey(name);

    /// <summary>Places named <paramref name="name"/>: by full name where any has it, else by short name; higher levels first.</summary>
    public IReadOnlyList<Place> Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var full = ByFullName(name);
        return full.Count > 0 ? full : ByShortName(name);
    }

    /// <summary>
    /// The one place <paramref name="name"/> most plausibly means: the candidate inside <paramref name="within"/> when
    /// given and unique there, else the only candidate, else the only one at the highest level (吉林 → 吉林省); null when
    /// the name is unknown or still ambiguous (朝阳区: three of them).
    /// </summary>
    public Place? Resolve(string name, Place? within = null)
    {
        var candidates = Find(name);
        if (candidates.Count == 0)
        {
            return null;
        }

        if (within is not null)
        {
            var inside = candidates.Where(c => IsWithin(c, within)).ToArray();
            if (inside.Length == 1)
            {
                return inside[0];
            }
        }

        if (candidates.Count == 1)
        {
            return candidates[0];
        }

        var top = candidates.Where(c => c.Level == candidates[0].Level).Take(2).ToArray();
        return top.Length == 1 ? top[0] : null;
    }

    /// <summary>The unit <paramref name="place"/> belongs to, or null for a province-level unit.</summary>
    public Place? Parent(Place place)
    {
        ArgumentNullException.ThrowIfNull(place);
        return place.ParentCode.Length == 0 ? null : ByCode(place.ParentCode);
    }

    /// <summary>The place and the units above it, nearest first (修水县, 九江市, 江西省).</summary>
    public IReadOnlyList<Place> Chain(Place place)
    {
        var chain = new List<Place>(3);
        for (Place? p = place; p is not null; p = Parent(p))
        {
            chain.Add(p);
        }

        return chain;
    }

    /// <summary>The province-level unit <paramref name="place"/> lies in (itself for a province).</summary>
    public Place Province(Place place) => Chain(place)[^1];

    /// <summary>Whether <paramref name="place"/> is <paramref name="area"/> or lies inside it.</summary>
    public bool IsWithin(Place place, Place area)
    {
        ArgumentNullException.ThrowIfNull(area);
        return Chain(place).Any(p => p.Code == area.Code);
    }

    /// <summary>
    /// The name the graph gives a document's place: a province-level unit alone (天津市, 新疆维吾尔自治区), a prefecture
    /// by its own name (保定市, not 河北省保定市), a county-level unit after its province (江西省修水县, 上海市浦东新区).
    /// </summary>
    public string QualifiedName(Place place)
    {
        ArgumentNullException.ThrowIfNull(place);
        return place.Level == PlaceLevel.County ? Province(place).Name + place.Name : place.Name;
    }

    private static FrozenDictionary<string, Place[]> Group(IEnumerable<Place> places, Func<Place, string> key) =>
        places.GroupBy(key, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
}
