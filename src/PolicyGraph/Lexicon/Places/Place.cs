namespace PolicyGraph.Lexicon.Places;

/// <summary>The administrative level of a <see cref="Place"/>.</summary>
internal enum PlaceLevel
{
    /// <summary>省, 自治区, 直辖市, 特别行政区.</summary>
    Province = 1,

    /// <summary>地级市, 自治州, 地区, 盟.</summary>
    Prefecture = 2,

    /// <summary>县, 市辖区, 县级市, 旗, 自治县, 自治旗, 林区, 特区.</summary>
    County = 3,
}

/// <summary>One administrative division of China.</summary>
/// <param name="Code">The six-digit GB/T 2260 code (省 110000, 市 130600, 县 360424).</param>
/// <param name="Name">The full official name (太原市, 新疆维吾尔自治区, 修水县).</param>
/// <param name="ParentCode">The code of the unit it belongs to, or empty for a province-level unit.</param>
/// <param name="Level">Its level.</param>
/// <param name="ShortName">The name without its generic suffix (太原, 新疆, 修水, 浦东), or empty when that would leave one character.</param>
internal sealed record Place(string Code, string Name, string ParentCode, PlaceLevel Level, string ShortName)
{
    /// <summary>The code of the province-level unit this place lies in (itself for a province).</summary>
    public string ProvinceCode => string.Concat(Code.AsSpan(0, 2), "0000");

    /// <inheritdoc />
    public override string ToString() => Name;
}
