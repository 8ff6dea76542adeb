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

    // 马坳镇党委, 宁州镇人民政府: a town's name (two to four characters back to the word before it) and one of its
    // bodies. The gazetteer lists no towns, so the name is read as written.
    private void FindTownBodies(string text, Found found)
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

                var town = text[start..(at + level.Length)];
                found.Add(new OrgCandidate(span, prefix + town + standard, kind));
            }
        }
    }

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
        while (j > 0 && end - j < max && ChineseText.IsHan(text[j - 1]) && !ChineseText.IsOrganizationStop(text[j - 1])
            && !(levelEnds && PlaceNames.LevelChars.Contains(text[j - 1], StringComparison.Ordinal))
            && _lexicon.OrganizationLeftStops.LongestEndingAt(text, j, 3) == 0 && _lexicon.Verbs.LongestEndingAt(text, j, 3) == 0)
        {
            j--;
        }

        return j;
    }
}
