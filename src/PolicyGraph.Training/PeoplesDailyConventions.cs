using Token = PolicyGraph.Training.PeoplesDailyCorpus.Token;

namespace PolicyGraph.Training;

/// <summary>
/// Where the PKU tags of 199801.txt and the People's Daily NER evaluation convention (MSRA style) differ, the
/// training labels follow the evaluation convention: abbreviations tagged <c>j</c> are names too (中, 美, 港 are
/// places; 十五大, 政协, 中宣部 are organisations), 中国政府 is the place 中国, 两岸 and 大陆 are places, the
/// session ordinal belongs to a congress (第九届全国人民代表大会), a bare 县委 or 委员会 is an organisation.
/// Rules name word classes, not evaluation sentences.
/// </summary>
internal static class PeoplesDailyConventions
{
    private const int Per = PeoplesDailyCorpus.Per, Org = PeoplesDailyCorpus.Org, Loc = PeoplesDailyCorpus.Loc;

    private static readonly HashSet<string> OrganisationNames = new(StringComparer.Ordinal)
    {
        "东盟", "欧盟", "北约", "独联体", "政协", "人大", "民革", "民进", "民建", "民盟", "中共", "海协", "海协会", "海基会",
        "工商联", "安理会", "共青团", "团中央", "中纪委", "党中央", "县委", "市委", "省委", "区委", "地委", "委员会",
        "解放军", "海关", "参议院", "众议院", "议会", "国会", "立法会", "立法局", "红军", "空军", "海军", "陆军", "武警",
        "书记处", "主席团", "政治局", "常委会", "人大常委会", "全国人大", "全国政协", "省人大", "省政协",
    };

    private static readonly HashSet<string> PlaceNames = new(StringComparer.Ordinal) { "两岸", "大陆", "中华", "拉美", "北爱", "亚太" };

    private static readonly string[] OrganisationHeads = ["部", "委", "联", "盟", "院", "局", "办", "社", "党", "协", "会", "报", "厅", "署"];

    private static readonly string[] EventHeads = ["运会", "奥会", "全会", "博会", "交会", "锦赛", "年会", "大会"];

    private static readonly string[] Doctrines = ["理论", "思想", "主义者", "主义"];

    /// <summary>The persons inside doctrine words (邓小平理论, 马克思列宁主义) whose names are in <paramref name="names"/>.</summary>
    public static List<(int Label, int Start, int End)> NamesInDoctrines(List<Token> tokens, HashSet<string> names)
    {
        var found = new List<(int, int, int)>();
        foreach (var t in tokens.Where(t => t.Tag == "n" && !t.InCompound))
        {
            var suffix = Doctrines.FirstOrDefault(d => t.Word.EndsWith(d, StringComparison.Ordinal) && t.Word.Length > d.Length + 1);
            if (suffix is null)
            {
                continue;
            }

            var prefix = t.Word[..^suffix.Length];
            if (names.Contains(prefix))
            {
                found.Add((Per, t.Start, t.Start + prefix.Length));
                continue;
            }

            for (var cut = 2; cut < prefix.Length - 1; cut++)
            {
                if (names.Contains(prefix[..cut]) && names.Contains(prefix[cut..]))
                {
                    found.Add((Per, t.Start, t.Start + cut));
                    found.Add((Per, t.Start + cut, t.Start + prefix.Length));
                    break;
                }
            }
        }

        return found;
    }

    /// <summary>The entity of a bracketed compound that ends at the last token, or null when it is none.</summary>
    public static (int Label, int Start, int End)? Compound(List<Token> tokens, int first, string compoundLabel)
    {
        var label = compoundLabel switch { "nt" => Org, "ns" => Loc, "nr" => Per, _ => -1 };
        if (label < 0 || (label == Org && tokens.Count - first == 2 && tokens[first].Tag == "ns" && tokens[^1].Word == "政府"))
        {
            return null;
        }

        return (label, label == Org ? OrdinalStart(tokens, first) : tokens[first].Start, tokens[^1].End);
    }

    /// <summary>Adds the entities of tokens outside compounds.</summary>
    public static void AddWordEntities(List<Token> tokens, List<(int, int, int)> entities)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.InCompound)
            {
                continue;
            }

            var next = i + 1 < tokens.Count ? tokens[i + 1] : null;
            switch (t.Tag)
            {
                case "nr":
                    if (t.Word.Length <= 2 && next is { Tag: "nr", InCompound: false } && next.Word.Length <= 2)
                    {
                        entities.Add((Per, t.Start, next.End));
                        i++;
                    }
                    else
                    {
                        entities.Add((Per, t.Start, t.End));
                    }

                    break;
                case "nt":
                    entities.Add((Org, OrdinalStart(tokens, i), t.End));
                    break;
                case "ns":
                    entities.Add((OrganisationNames.Contains(t.Word) ? Org : Loc, t.Start, t.End));
                    break;
                case "j" when t.Word == "亚" && next is { Word: "太", InCompound: false }:
                    entities.Add((Loc, t.Start, next.End));
                    i++;
                    break;
                case "j" or "nz" or "n":
                    if (Abbreviation(t) is { } label)
                    {
                        // 中共/j 十五大/j: a congress joins the party named right before it.
                        if (label == Org && IsCongress(t.Word) && entities.Count > 0 && entities[^1] is (Org, var partyStart, var partyEnd) && partyEnd == t.Start)
                        {
                            entities[^1] = (Org, partyStart, t.End);
                            break;
                        }

                        var start = t.Word == "两岸" && i > 0 && tokens[i - 1] is { Word: "海峡", InCompound: false } ? tokens[i - 1].Start : t.Start;
                        entities.Add((label, label == Org ? OrdinalStart(tokens, i) : start, t.End));
                    }

                    break;
            }
        }
    }

    private static int? Abbreviation(Token t)
    {
        if (PlaceNames.Contains(t.Word))
        {
            return Loc;
        }

        if (OrganisationNames.Contains(t.Word))
        {
            return Org;
        }

        if (t.Tag == "nz")
        {
            return t.Word.EndsWith("日报", StringComparison.Ordinal) || t.Word.EndsWith("晚报", StringComparison.Ordinal) ? Org : null;
        }

        if (t.Tag != "j")
        {
            return null;
        }

        if (t.Word.Length == 1)
        {
            return Loc;
        }

        if (IsCongress(t.Word))
        {
            return Org;
        }

        return OrganisationHeads.Any(h => t.Word.EndsWith(h, StringComparison.Ordinal)) && !EventHeads.Any(h => t.Word.EndsWith(h, StringComparison.Ordinal)) ? Org : null;
    }

    private static bool IsCongress(string word) =>
        word.Length >= 3 && word.EndsWith('大') && "一二三四五六七八九十".Contains(word[^2], StringComparison.Ordinal);

    // 第九届全国人民代表大会: the evaluation set counts the session ordinal as part of the body's name.
    private static int OrdinalStart(List<Token> tokens, int first)
    {
        if (first >= 2 && tokens[first - 1] is { Tag: "q", Word: "届" or "次", InCompound: false } && tokens[first - 2] is { Tag: "m", InCompound: false })
        {
            return tokens[first - 2].Start;
        }

        return tokens[first].Start;
    }
}
