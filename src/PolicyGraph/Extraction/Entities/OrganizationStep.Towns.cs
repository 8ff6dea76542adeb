using PolicyGraph.Lexicon.Places;
using PolicyGraph.Text;

namespace PolicyGraph.Extraction.Entities;

internal sealed partial class OrganizationStep
{
    // The bodies of a town, a township or a subdistrict after its name, and their standard names: 马坳镇党委 is
    // 中共马坳镇委员会, 宁州镇政府 宁州镇人民政府, 南开街道党工委 中共南开街道工作委员会.
    private static readonly (string Level, string Body, string Prefix, string Standard, string Kind)[] TownBodies =
    [
        ("镇", "人民政府", "", "人民政府", "government"), ("镇", "党委", "中共", "委员会", "party"), ("镇", "政府", "", "人民政府", "government"),
        ("乡", "人民政府", "", "人民政府", "government"), ("乡", "党委", "中共", "委员会", "party"), ("乡", "政府", "", "人民政府", "government"),
        ("街道", "党工委", "中共", "工作委员会", "party"), ("街道", "办事处", "", "办事处", "government"),
    ];

    private const int MaxTownName = 4;

    /// <summary>The forms of a town's bodies written after its name: 镇党委, 镇人民政府, 街道党工委 ….</summary>
    internal static readonly string[] TownBodyForms = [.. TownBodies.Select(t => t.Level + t.Body).Distinct(StringComparer.Ordinal)];

    // 马坳镇党委, 宁州镇人民政府: a town's name (two to four characters back to the word before it) and one of its
    // bodies. The gazetteer lists no towns, so the name is read as written.
    private void FindTownBodies(string text, DocumentPlace place, Found found)
    {
        foreach (var (level, body, prefix, standard, kind) in TownBodies)
        {
            var form = level + body;
            for (var at = text.IndexOf(form, StringComparison.Ordinal); at >= 0; at = text.IndexOf(form, at + form.Length, StringComparison.Ordinal))
            {
                var start = TownNameStart(text, at);
                var span = new TextSpan(start, at + form.Length);
                if (at - start < 2 || found.Spans.Overlaps(span) || !IsTownName(text.AsSpan(start, at - start)))
                {
                    continue;
                }

                var town = QualifiedTown(text, start, text[start..(at + level.Length)], place);
                found.Add(new OrgCandidate(span, prefix + town + standard, kind));
            }
        }
    }

    // A bare 镇党委, 镇政府 (镇党委书记周沐阳) at a name's start is the body of the town the document names most, where
    // it names one at least twice.
    private static void FindBareTownBodies(string text, Lazy<string> documentTown, Found found)
    {
        foreach (var (level, body, prefix, standard, kind) in TownBodies)
        {
            var form = level + body;
            for (var at = text.IndexOf(form, StringComparison.Ordinal); at >= 0; at = text.IndexOf(form, at + form.Length, StringComparison.Ordinal))
            {
                var span = new TextSpan(at, at + form.Length);
                if ((at > 0 && ChineseText.IsHan(text[at - 1]) && !ChineseText.IsFunctionChar(text[at - 1])) || found.Spans.Overlaps(span))
                {
                    continue;
                }

                var town = documentTown.Value;
                if (town.EndsWith(level, StringComparison.Ordinal))
                {
                    found.Add(new OrgCandidate(span, prefix + town + standard, kind));
                }
            }
        }
    }

    // How often a town must be named for a bare town body to be its.
    private const int MinTownMentions = 2;

    // The town, township or subdistrict named most in the text (新河镇 of 在新河镇召开, 新河镇是…), at least
    // MinTownMentions times; ties go to the first named. Null when there is none.
    private string? DocumentTown(string text, DocumentPlace place)
    {
        var counts = new Dictionary<string, (int Count, int First)>(StringComparer.Ordinal);
        for (var i = 2; i < text.Length; i++)
        {
            var level = text[i] is '镇' or '乡' ? 1 : string.CompareOrdinal(text, i, "街道", 0, 2) == 0 ? 2 : 0;
            if (level == 0)
            {
                continue;
            }

            var start = TownNameStart(text, i);
            if (i - start < 2 || !IsTownName(text.AsSpan(start, i - start + 1)) || (start > 0 && ChineseText.IsHan(text[start - 1])
                && !ChineseText.IsFunctionChar(text[start - 1]) && !PlaceNames.LevelChars.Contains(text[start - 1], StringComparison.Ordinal)))
            {
                continue;
            }

            var name = QualifiedTown(text, start, text.Substring(start, i - start + level), place);
            counts[name] = counts.TryGetValue(name, out var c) ? (c.Count + 1, c.First) : (1, start);
        }

        return counts.Where(c => c.Value.Count >= MinTownMentions).OrderByDescending(c => c.Value.Count).ThenBy(c => c.Value.First).Select(c => c.Key).FirstOrDefault();
    }

    // 沭阳县|新河镇: a town is named with the county written right before it (the document's district with its city),
    // else with the document's county (中共沭阳县新河镇委员会), else as written.
    private string QualifiedTown(string text, int start, string town, DocumentPlace place)
    {
        if (start > 1 && PlaceNames.LevelChars.Contains(text[start - 1], StringComparison.Ordinal))
        {
            var county = text[WordStart(text, start - 1, MaxTownName, levelEnds: true)..start];
            if (county.Length >= 2 && IsKnownPlace(county))
            {
                // 涧西区|天津路街道 in a document of 洛阳市涧西区: a district is named with its city, as its own bodies are.
                return (county == place.County ? place.QualifiedCounty : county) + town;
            }
        }

        return InDocumentCounty(town, place);
    }

    /// <summary>
    /// A town named as written (汲冢镇) named with the document's county before it (郸城县汲冢镇) where the document is
    /// a county's; as written elsewhere, or when it is written with a place before it (浙江省奉化市莼湖镇).
    /// </summary>
    internal static string InDocumentCounty(string town, DocumentPlace place) =>
        place.County.Length > 0 && place.County.EndsWith('县') && town.AsSpan(0, town.Length - 1).IndexOfAny(PlaceNames.LevelChars) < 0 ? place.County + town : town;

    // The bodies of a village after its name, or bare after a village the text named just before (西韩村是…。村党支部书记),
    // and their standard names: 马家山村党支部 is 中共马家山村支部委员会, 西韩村村委会 西韩村村民委员会.
    private static readonly (string Body, string Prefix, string Standard, string Kind)[] VillageBodies =
    [
        ("党支部", "中共", "支部委员会", "party"), ("党总支", "中共", "总支部委员会", "party"),
        ("村民委员会", "", "村民委员会", "government"), ("村委会", "", "村民委员会", "government"),

        // 西韩村委会, and a bare 村委会 or 村民委员会: the village's 村 is the body's.
        ("民委员会", "", "村民委员会", "government"), ("委会", "", "村民委员会", "government"),
    ];

    private const int MaxVillageName = 4;

    // How far back a bare village body looks for its village.
    private const int NearVillage = 300;

    private void FindVillageBodies(string text, Lazy<string> documentTown, Found found)
    {
        foreach (var (body, prefix, standard, kind) in VillageBodies)
        {
            var form = "村" + body;
            for (var at = text.IndexOf(form, StringComparison.Ordinal); at >= 0; at = text.IndexOf(form, at + form.Length, StringComparison.Ordinal))
            {
                var start = QualifiedVillageStart(text, at);
                var named = at - VillageNameStart(text, at) >= 2;

                // 索洛湾村村党支部: a village named with its 村 before the body's.
                var village = !named ? VillageBefore(text, at) : text[at - 1] == '村' ? text[start..at] : text[start..(at + 1)];
                var span = new TextSpan(named ? start : at, at + form.Length);
                if (village is null || found.Spans.Overlaps(span))
                {
                    continue;
                }

                // 柳沟峪村党支部 in an article on 依汶镇: a village written without its town is named with the town the
                // document names most (中共沂南县依汶镇柳沟峪村支部委员会), as its town's bodies are.
                if (village.IndexOfAny(['镇', '乡']) < 0 && !village.Contains("街道", StringComparison.Ordinal))
                {
                    village = documentTown.Value + village;
                }

                found.Add(new OrgCandidate(span, prefix + village + standard, kind));
            }
        }
    }

    // 西韩村 of 番田镇西韩村: back to the town, the county or the word before it.
    private int VillageNameStart(string text, int village)
    {
        var j = village;
        while (j > 0 && village - j < MaxVillageName && ChineseText.IsHan(text[j - 1]) && !ChineseText.IsOrganizationStop(text[j - 1])
            && !VillageEnds.Contains(text[j - 1], StringComparison.Ordinal) && _lexicon.OrganizationLeftStops.LongestEndingAt(text, j, 3) == 0
            && _lexicon.Verbs.LongestEndingAt(text, j, 3) == 0)
        {
            j--;
        }

        return IsVillageName(text.AsSpan(j, village - j)) ? j : village;
    }

    // 雷山县西江镇羊排村: the town and the county written before the village are part of its name as written.
    private int QualifiedVillageStart(string text, int village)
    {
        var start = VillageNameStart(text, village);
        if (village - start < 2)
        {
            return start;
        }

        for (var level = 0; level < 3 && start > 1 && VillageEnds.Contains(text[start - 1], StringComparison.Ordinal); level++)
        {
            // A town as written (the gazetteer lists none; not 彝族乡), a county or city the gazetteer knows.
            var above = WordStart(text, start - 1, MaxTownName, levelEnds: true);
            var word = text[above..start];
            if (start - 1 - above < 1 || (text[start - 1] is '镇' or '乡' ? word.Contains('族', StringComparison.Ordinal) : !IsKnownPlace(word)))
            {
                break;
            }

            start = above;
        }

        return start;
    }

    // The village a bare 村党支部 is of: the last one named before it nearby, as the subject of its clause or after a
    // town (西韩村是远近闻名的山药专业村。村党支部…: not 山药专业村), with the town and county written before it.
    private string? VillageBefore(string text, int at)
    {
        for (var k = text.LastIndexOf('村', at - 1, Math.Min(at, NearVillage)); k > 0; k = k > 1 ? text.LastIndexOf('村', k - 1, Math.Min(k, NearVillage - (at - k))) : -1)
        {
            if (at - k > NearVillage)
            {
                return null;
            }

            var start = VillageNameStart(text, k);
            if (k - start >= 2 && (ChineseText.IsBoundaryAt(text, start - 1) || VillageEnds.Contains(text[start - 1], StringComparison.Ordinal) || text[start - 1] is '在' or '到' or '进'))
            {
                return text[QualifiedVillageStart(text, k)..(k + 1)];
            }
        }

        return null;
    }

    // Words for villages in general (农村, 乡村, 各村, 全村, 本村, 新农村) name none.
    private static bool IsVillageName(ReadOnlySpan<char> name) =>
        name.Length >= 2 && name.IndexOfAny("各全每该本乡城农个些位级兼驻任部") < 0 && name[0] is not ('一' or '几' or '这' or '那' or '某' or '多')
        && name[..^1].IndexOf('村') < 0 && !name.Contains("书记", StringComparison.Ordinal);

    // Level characters that end the words before a village's name.
    private const string VillageEnds = "镇乡县区市省州旗";

    // 各乡镇党委, 城镇政府, 全镇: words for towns in general name none.
    private static bool IsTownName(ReadOnlySpan<char> name) =>
        name[^1] is not ('乡' or '城' or '村') && name.IndexOfAny("各全每该本") < 0;

    // 修水县|马坳镇: the county written before the town ends its name.
    private int TownNameStart(string text, int levelStart) => WordStart(text, levelStart, MaxTownName, levelEnds: true);

    // Where the words before end start, at most max characters back: at a clause or function word, a word that ends
    // the words before a name or a verb, or (levelEnds) a level character (县, 市).
    private int WordStart(string text, int end, int max, bool levelEnds)
    {
        var j = end;
        while (j > 0 && end - j < max && ChineseText.IsHan(text[j - 1]) && (!ChineseText.IsOrganizationStop(text[j - 1]) || InsideNameHoldingStop(text, j - 1))
            && !(levelEnds && PlaceNames.LevelChars.Contains(text[j - 1], StringComparison.Ordinal))
            && _lexicon.OrganizationLeftStops.LongestEndingAt(text, j, 3) == 0 && _lexicon.Verbs.LongestEndingAt(text, j, 3) == 0)
        {
            j--;
        }

        return j;
    }
}
