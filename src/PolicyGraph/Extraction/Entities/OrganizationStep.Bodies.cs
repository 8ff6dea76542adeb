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

            var prefix = i >= 3 && string.CompareOrdinal(text, i - 3, "自治区", 0, 3) == 0 ? "自治区"
                : PlaceNames.LevelChars.Contains(text[i - 1], StringComparison.Ordinal) ? text[i - 1].ToString() : null;
            if (prefix is null)
            {
                continue;
            }

            var body = _lexicon.GovernmentBodies[text.Substring(i, len)];
            var prefixStart = i - prefix.Length;
            var end = i + len;
            if (IsNameStart(text, prefixStart, found))
            {
                var at = ForPrefix(text, prefixStart, prefix, place, found);
                var canonical = at.Length > 0 ? body.At(at) : text[prefixStart..end];
                found.Add(new OrgCandidate(new TextSpan(prefixStart, end), canonical, body.Kind, at));
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
                continue;
            }

            var name = IsKnownPlace(text[placeStart..i]) ? text[placeStart..i] : text[placeStart..prefixStart];
            if (name == place.County)
            {
                name = place.QualifiedCounty;
            }
            else if (name.EndsWith('区') && DistrictOf(name, place) is { } qualified)
            {
                name = qualified;
            }

            found.Add(new OrgCandidate(new TextSpan(placeStart, end), body.At(name), body.Kind, name));
            i = end - 1;
        }
    }

    // Where a written-out place name before a level prefix starts: back to the clause or function word before it,
    // 2-4 characters (autonomous regions up to 6, and a county may follow its city: 上海市浦东新区).
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
        // written after its city included (上海市浦东新区).
        var end = prefixStart + prefix.Length;
        for (var k = j; k <= prefixStart - 2; k++)
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

    private bool IsKnownPlace(string name)
    {
        if (_places.ByFullName(name).Count > 0)
        {
            return true;
        }

        for (var split = 2; split <= name.Length - 2; split++)
        {
            if (_places.ByFullName(name[..split]).Count > 0 && _places.ByFullName(name[split..]).Count > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] UnlistedBodyEnds = ["委员会", "办公室", "局", "厅"];

    // 市地方金融监管局: a body the list does not know, after a bare level prefix at a name start, ending in a body
    // word within a few characters. Returns where the scan goes on.
    private int FindUnlistedBody(string text, DocumentPlace place, int i, Found found)
    {
        if (!PlaceNames.LevelChars.Contains(text[i - 1], StringComparison.Ordinal) || !IsNameStart(text, i - 1, found) || !ChineseText.IsHan(text[i]))
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
