using PolicyGraph.Lexicon;
using PolicyGraph.Lexicon.Places;
using PolicyGraph.Text;

namespace PolicyGraph.Extraction.Entities;

internal sealed partial class OrganizationStep
{
    // A body form (发改委, 政府, 委) counts only after a level prefix: bare (市发改委, where 市 is this document's
    // city) or with its place written out (山东省工业和信息化厅).
    private void FindBodies(string text, DocumentPlace place, Found found)
    {
        for (var i = 1; i < text.Length; i++)
        {
            var len = _lexicon.BodyForms.LongestAt(text, i);
            if (len == 0)
            {
                i = FindUnlistedBody(text, place, i, found);
                continue;
            }

            // 省十四届人大常委会, 贵州省第十四届人民代表大会: a term between the level and the body is part of the name as written.
            var levelEnd = i - TermLengthBefore(text, i);
            var prefix = levelEnd >= 3 && string.CompareOrdinal(text, levelEnd - 3, "自治区", 0, 3) == 0 ? "自治区"
                : levelEnd >= 1 && PlaceNames.LevelChars.Contains(text[levelEnd - 1], StringComparison.Ordinal) ? text[levelEnd - 1].ToString() : null;
            if (prefix is null)
            {
                continue;
            }

            var body = _lexicon.GovernmentBodies[text.Substring(i, len)];
            var prefixStart = levelEnd - prefix.Length;
            var end = i + len;

            // 团省委, 团市委: the Communist Youth League's committee of the level.
            if (body.Kind == "party" && body.Standard == Committee && prefixStart >= 1 && text[prefixStart - 1] == '团' && levelEnd == i)
            {
                var league = ForPrefix(text, prefixStart, prefix, place, found);
                if (league.Length > 0)
                {
                    found.Add(new OrgCandidate(new TextSpan(prefixStart - 1, end), League + league + Committee, "association", league));
                    i = end - 1;
                    continue;
                }
            }

            if (IsNameStart(text, prefixStart, found) && !PlaceHoldingStopEndsAt(text, prefixStart, prefix))
            {
                var at = ForPrefix(text, prefixStart, prefix, place, found);
                var canonical = at.Length > 0 ? body.At(at) : text[prefixStart..end];
                found.Add(new OrgCandidate(new TextSpan(prefixStart, end), canonical, body.Kind, at, Parent: GovernmentInside(text, prefixStart, i, body, at, found)));
                i = end - 1;
                continue;
            }

            if (StatusWordBefore(text, prefixStart) is > 0)
            {
                var at = ForPrefix(text, prefixStart, prefix, place, found);
                var canonical = at.Length > 0 ? body.At(at) : text[prefixStart..end];
                found.Add(new OrgCandidate(new TextSpan(prefixStart, end), canonical, body.Kind, at));
                i = end - 1;
                continue;
            }

            var placeStart = PlaceNameStart(text, prefixStart, prefix);
            if (placeStart < 0)
            {
                // 作省高级人民法院工作报告, 联合省人民检察院: a body of its own name after a verb, its level the name's start
                // (not 全省法院, 各市政府, 城市政府).
                if (len >= 3 && body.Standard.Length >= 4 && prefix.Length == 1 && ChineseText.IsHan(text[prefixStart - 1])
                    && !NotLevelStart.Contains(text[prefixStart - 1], StringComparison.Ordinal))
                {
                    var at = ForPrefix(text, prefixStart, prefix, place, found);
                    if (at.Length > 0)
                    {
                        found.Add(new OrgCandidate(new TextSpan(prefixStart, end), body.At(at), body.Kind, at));
                        i = end - 1;
                    }
                }
                else if ((_lexicon.OrganizationLeftStops.LongestEndingAt(text, prefixStart, 3) > 0 || _lexicon.Verbs.LongestEndingAt(text, prefixStart, 3) > 0)
                    && ForPrefix(text, prefixStart, prefix, place, found) is { Length: > 0 } at)
                {
                    // 纳入|区政府, 落实|省委: a bare body right after the verb that governs it, where no place ends there, of
                    // the document's place.
                    found.Add(new OrgCandidate(new TextSpan(prefixStart, end), body.At(at), body.Kind, at));
                    i = end - 1;
                }

                continue;
            }

            var name = IsKnownPlace(text[placeStart..levelEnd]) ? text[placeStart..levelEnd] : text[placeStart..prefixStart];
            if (_places.ByFullName(name) is [var official] && official.Name != name)
            {
                // 凉山州人民政府: a body is named with its place's official name (凉山彝族自治州人民政府).
                name = official.Name;
            }
            else if (name == place.County)
            {
                name = place.QualifiedCounty;
            }
            else if (name.EndsWith('区') && DistrictOf(name, place) is { } qualified)
            {
                name = qualified;
            }
            else if (name[^1] is '县' or '旗' && _places.ByFullName(name).Count == 0 && CountyOf(name) is { } county)
            {
                // 乐山市犍为县委: a county is named alone (中共犍为县委员会), a district with its city.
                name = county;
            }

            // 共青团陕西省第十五届委员会: the League's committee of the place.
            if (body.Standard == Committee && placeStart >= League.Length && string.CompareOrdinal(text, placeStart - League.Length, League, 0, League.Length) == 0)
            {
                found.Add(new OrgCandidate(new TextSpan(placeStart - League.Length, end), League + name + Committee, "association", name));
            }
            else
            {
                found.Add(new OrgCandidate(new TextSpan(placeStart, end), body.At(name), body.Kind, name));
            }

            i = end - 1;
        }
    }

    // Characters before a level that make it a determiner or part of a word, not a body's level: 全省, 各市, 城市, 本县.
    private const string NotLevelStart = "全各城本该每两其此都省市县区州乡镇村";

    private const string Committee = "委员会";

    // 市政府新闻办, 市人民政府办公室: a government's office names the government inside its name; the government is a
    // nested organisation of the document and the office's parent. Returns the government's name, or null.
    private static string? GovernmentInside(string text, int prefixStart, int formStart, GovernmentBody body, string at, Found found)
    {
        if (at.Length == 0 || body.Standard.Length <= GovernmentBody.PeoplesGovernment.Length || !body.Standard.StartsWith(GovernmentBody.PeoplesGovernment, StringComparison.Ordinal))
        {
            return null;
        }

        var written = string.CompareOrdinal(text, formStart, GovernmentBody.PeoplesGovernment, 0, GovernmentBody.PeoplesGovernment.Length) == 0 ? GovernmentBody.PeoplesGovernment.Length
            : string.CompareOrdinal(text, formStart, "政府", 0, 2) == 0 ? 2 : 0;
        if (written == 0)
        {
            return null;
        }

        var government = at + GovernmentBody.PeoplesGovernment;
        found.Add(new OrgCandidate(new TextSpan(prefixStart, formStart + written), government, "government", at, Nested: true));
        return government;
    }

    private const string League = "共青团";

    // The length of a term written right before offset end (十四届, 第十四届), else 0.
    private static int TermLengthBefore(string text, int end)
    {
        if (end < 2 || text[end - 1] != '届')
        {
            return 0;
        }

        var start = end - 1;
        while (start > 0 && end - start <= 6 && "一二三四五六七八九十百0123456789".Contains(text[start - 1], StringComparison.Ordinal))
        {
            start--;
        }

        if (start == end - 1)
        {
            return 0;
        }

        return start > 0 && text[start - 1] == '第' ? end - start + 1 : end - start;
    }

    // Where a written-out place name before a level prefix starts: back to the clause or function word before it,
    // 2-4 characters (autonomous regions up to 6, and a county may follow its city: 上海市浦东新区).
    // 犍为|县委, 成都|市委, 大同|市委: a place the gazetteer knows whose name holds a character that elsewhere ends the
    // words before a name ends with the level prefix; the prefix is then no bare one. Not after a word that ends the
    // words before a name itself (会同|县水利局: 会同 is the verb, not 会同县).
    private bool PlaceHoldingStopEndsAt(string text, int prefixStart, string prefix)
    {
        if (prefixStart == 0 || !ChineseText.IsFunctionChar(text[prefixStart - 1]) || _lexicon.OrganizationLeftStops.LongestEndingAt(text, prefixStart, 3) > 0)
        {
            return false;
        }

        var end = prefixStart + prefix.Length;
        for (var k = Math.Max(0, prefixStart - 4); k <= prefixStart - 2; k++)
        {
            if (ChineseText.IsHan(text[k]) && ChineseText.IsHan(text[k + 1]) && IsKnownPlace(text[k..end]))
            {
                return true;
            }
        }

        return false;
    }

    private int PlaceNameStart(string text, int prefixStart, string prefix)
    {
        var j = prefixStart;
        var limit = prefix == "自治区" ? 6 : 8;
        while (j > 0 && prefixStart - j < limit && ChineseText.IsHan(text[j - 1]) && !ChineseText.IsOrganizationStop(text[j - 1])
            && _lexicon.OrganizationLeftStops.LongestEndingAt(text, j, 3) == 0)
        {
            j--;
        }

        // The longest tail of the run that the gazetteer knows (推动|上海市, 赋予|城市 is no place), a county
        // written after its city included (上海市浦东新区); a place whose name holds a character that elsewhere ends
        // the words before a name (犍为县, 将乐县) too.
        var end = prefixStart + prefix.Length;
        var han = j;
        while (han > 0 && prefixStart - han < limit && ChineseText.IsHan(text[han - 1]))
        {
            han--;
        }

        for (var k = han; k <= Math.Max(j - 1, prefixStart - 2); k++)
        {
            if (IsKnownPlace(text[k..end]))
            {
                return k;
            }
        }

        // 滨海新区|区委, 修水县|县委: a place named with its level before a body form that repeats it.
        for (var k = j; k <= prefixStart - 2; k++)
        {
            if (text[prefixStart - 1] == prefix[^1] && IsKnownPlace(text[k..prefixStart]))
            {
                return k;
            }
        }

        return -1;
    }

    // 滨海新区 in a Tianjin article is 天津市滨海新区, as districts are named with their city.
    // The place a bare level prefix (区委, 县政府) stands for: the document's, or a district or county named earlier
    // in the sentence: a body of it (淮滨县委书记程卫东，县委副书记、县长宋雅琴), or in a city's article one of the
    // city's (在武进区，区委副书记、区长沈立群…).
    private string ForPrefix(string text, int prefixStart, string prefix, DocumentPlace place, Found found)
    {
        var at = place.ForPrefix(prefix);
        if (at.Length > 0 || prefix is not ("区" or "县"))
        {
            return at;
        }

        var sentence = text.AsSpan(0, prefixStart).LastIndexOfAny("。！？；\n") + 1;
        if (found.Candidates.LastOrDefault(c => c.Span.Start >= sentence && c.Span.End <= prefixStart && prefixStart - c.Span.End <= NearBody
                && c.Place.EndsWith(prefix, StringComparison.Ordinal)) is { } body)
        {
            return body.Place;
        }

        for (var end = prefixStart - 1; end > sentence; end--)
        {
            if (text[end - 1] != prefix[0])
            {
                continue;
            }

            for (var length = 3; length <= 5 && end - length >= sentence; length++)
            {
                if (DistrictOf(text[(end - length)..end], place) is { } district)
                {
                    return district;
                }
            }
        }

        return at;
    }

    // How far before a bare level prefix a body of the place may stand: the holder's name and a comma between.
    private const int NearBody = 12;

    private string? DistrictOf(string name, DocumentPlace place)
    {
        var city = place.City.Length > 0 ? _places.Resolve(place.City) : null;
        return city is not null && _places.Resolve(name, city) is { Level: PlaceLevel.County } district && _places.Parent(district) == city
            ? city.Name + district.Name
            : null;
    }

    // The county of a name written with its city before it (乐山市犍为县 -> 犍为县); null when it is no such pair.
    private string? CountyOf(string name) => PairSplit(name) is > 0 and var split ? name[split..] : null;

    private bool IsKnownPlace(string name) => _places.ByFullName(name).Count > 0 || PairSplit(name) > 0;

    // Where a name made of two places the gazetteer knows (上海市|浦东新区) splits; 0 when it is no such pair.
    private int PairSplit(string name)
    {
        for (var split = 2; split <= name.Length - 2; split++)
        {
            if (_places.ByFullName(name[..split]).Count > 0 && _places.ByFullName(name[split..]).Count > 0)
            {
                return split;
            }
        }

        return 0;
    }

    private static readonly string[] UnlistedBodyEnds = ["委员会", "办公室", "局", "厅"];

    // 市地方金融监管局: a body the list does not know, after a bare level prefix at a name start, ending in a body
    // word within a few characters. Returns where the scan goes on.
    private int FindUnlistedBody(string text, DocumentPlace place, int i, Found found)
    {
        // 区域, 县域: a level character before 域 is the word for an area, no prefix (区域均衡布局).
        if (!PlaceNames.LevelChars.Contains(text[i - 1], StringComparison.Ordinal) || !IsNameStart(text, i - 1, found) || !ChineseText.IsHan(text[i]) || text[i] == '域')
        {
            return i;
        }

        for (var end = i + 2; end <= Math.Min(text.Length, i + 10); end++)
        {
            var c = text[end - 1];
            if (!ChineseText.IsHan(c) || ChineseText.IsOrganizationStop(c))
            {
                return i;
            }

            if (EndsInUnlistedBodyWord(text, i + 1, end) && !(end < text.Length && text[end] is '长' or '员'))
            {
                var prefix = text[i - 1].ToString();
                var at = place.ForPrefix(prefix);
                var surface = text[(i - 1)..end];
                found.Add(new OrgCandidate(new TextSpan(i - 1, end), at.Length > 0 ? at + text[i..end] : surface, "government", at));
                return end - 1;
            }
        }

        return i;
    }

    // Whether a body word (局, 委员会) ends at end and starts at or after from. A loop, not Any(): the caller runs
    // at nearly every character, and a lambda capturing its arguments would allocate on every call.
    private static bool EndsInUnlistedBodyWord(string text, int from, int end)
    {
        foreach (var word in UnlistedBodyEnds)
        {
            if (end - word.Length >= from && string.CompareOrdinal(text, end - word.Length, word, 0, word.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] StatusWords = ["同志任", "新任", "时任", "拟任", "候任", "原任", "现任", "担任", "兼任", "曾任", "出任", "升任", "调任", "原", "前"];

    // The words of an appointment an organisation's name does not reach back across: the status words of two
    // characters, and 同志. Declared after StatusWords, in the same file, so that it is initialised after it.
    private static readonly string[] AppointmentWords = [.. StatusWords.Where(w => w.Length == 2), "同志"];

    // 新任县委书记, 刘宝山同志任市教育局局长: a status word before a bare level prefix is no part of a place name.
    private static int StatusWordBefore(string text, int start)
    {
        foreach (var word in StatusWords)
        {
            if (start >= word.Length && string.CompareOrdinal(text, start - word.Length, word, 0, word.Length) == 0)
            {
                return word.Length;
            }
        }

        return 0;
    }

    private static bool IsNameStart(string text, int start, Found found) =>
        ChineseText.IsBoundaryAt(text, start - 1) || ChineseText.IsFunctionChar(text[start - 1]) || found.Spans.AnyEndingAt(start);
}
