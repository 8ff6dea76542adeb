namespace PolicyGraph.Lexicon.Places;

/// <summary>Derives the short form of an administrative name by removing its generic suffix (太原市 → 太原, 新疆维吾尔自治区 → 新疆).</summary>
internal static class PlaceNames
{
    /// <summary>The characters that end a place's name at a level of government and stand for it alone (市委, 县政府).</summary>
    public const string LevelChars = "省市区县州旗";

    // Longest first so that 特别行政区 wins over 区, 新区 over 区.
    private static readonly string[] Suffixes =
    [
        "特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "新区", "林区", "特区",
        "省", "市", "县", "区", "旗", "盟",
    ];

    // The minorities named in autonomous units; 蒙古, 哈萨克 and 柯尔克孜 also appear without 族 (巴音郭楞蒙古自治州).
    private static readonly string[] Peoples =
    [
        "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼",
        "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土",
        "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克",
        "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺",
    ];

    /// <summary>The short name of <paramref name="fullName"/>, or empty when fewer than two characters would remain.</summary>
    public static string ShortName(string fullName)
    {
        ArgumentNullException.ThrowIfNull(fullName);
        var stem = fullName;
        foreach (var suffix in Suffixes)
        {
            if (stem.Length > suffix.Length && stem.EndsWith(suffix, StringComparison.Ordinal))
            {
                stem = stem[..^suffix.Length];
                if (suffix.StartsWith("自治", StringComparison.Ordinal))
                {
                    stem = WithoutPeoples(stem);
                }

                break;
            }
        }

        return stem.Length >= 2 && stem != fullName ? stem : string.Empty;
    }

    private static string WithoutPeoples(string stem)
    {
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var people in Peoples)
            {
                var withZu = people + "族";
                var cut = stem.EndsWith(withZu, StringComparison.Ordinal) ? withZu.Length
                    : people.Length >= 2 && stem.EndsWith(people, StringComparison.Ordinal) ? people.Length
                    : 0;
                if (cut > 0 && stem.Length - cut >= 2)
                {
                    stem = stem[..^cut];
                    changed = true;
                }
            }
        }

        return stem;
    }
}
