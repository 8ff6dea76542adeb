using PolicyGraph.Lexicon;
using PolicyGraph.Lexicon.Places;

namespace PolicyGraph.Extraction.Entities;

// The people's governments that heads' titles (市长, 副县长, 镇长) are held at.
internal sealed partial class PositionStep
{
    private static bool IsGovernmentHead(string title) => HeadLevel(title) is not null;

    // 温州市委副书记、市长, 马坳镇党委副书记、镇长: a head is at the people's government of the place whose party
    // committee the chain names, whatever the document's own place (中共温州市委员会 -> 温州市人民政府); 宁州镇|镇长: a
    // town's head at the government of the town before the title.
    private static (string Name, string Kind)? HeadGovernment(string title, Mention? org, DocumentPlace place)
    {
        if (org is not null && org.Canonical.StartsWith("中共", StringComparison.Ordinal) && org.Canonical.EndsWith("自治区委员会", StringComparison.Ordinal)
            && title is "主席" or "副主席" or "常务副主席")
        {
            // 自治区党委常委、副主席: an autonomous region's head is its chairman, at its people's government.
            return (org.Canonical[2..^3] + "人民政府", "government");
        }

        if (org is null || HeadLevel(title) is not { } level)
        {
            return null;
        }

        if (org.Canonical.StartsWith("中共", StringComparison.Ordinal) && org.Canonical.EndsWith("委员会", StringComparison.Ordinal))
        {
            var committee = org.Canonical[2..^3];
            return committee.Length >= level.Length + 2 && committee.EndsWith(level, StringComparison.Ordinal) ? (committee + "人民政府", "government") : null;
        }

        // 郑州|市长: the government named before the title, when it is of the title's level.
        if (org.Kind == "government" && org.Canonical.EndsWith(GovernmentBody.PeoplesGovernment, StringComparison.Ordinal)
            && org.Canonical[..^GovernmentBody.PeoplesGovernment.Length] is { Length: >= 3 } governed && governed.EndsWith(level, StringComparison.Ordinal))
        {
            return (org.Canonical, org.Kind);
        }

        return TownGovernment(title, org.Text, place);
    }

    // 汲冢镇|镇长: a town's head is at its people's government, the town named with the document's county.
    private static (string Name, string Kind)? TownGovernment(string title, string town, DocumentPlace place) =>
        HeadLevel(title) is "镇" or "乡" && town.Length >= 3 && town[^1] is '镇' or '乡'
            ? (OrganizationStep.InDocumentCounty(town, place) + "人民政府", "government")
            : null;

    // 副市长, 常务副市长, 代县长: the people's government of that level in this document's place.
    private static (string Name, string Kind)? GovernmentOf(string title, DocumentPlace place)
    {
        var level = HeadLevel(title);
        var at = level is null ? string.Empty : place.ForPrefix(level);
        return at.Length > 0 ? (at + "人民政府", "government") : null;
    }

    private static string? HeadLevel(string title)
    {
        var head = title;
        foreach (var prefix in new[] { "常务副", "常务", "代理", "代", "副", "第一" })
        {
            if (head.StartsWith(prefix, StringComparison.Ordinal) && head.Length > prefix.Length + 1)
            {
                head = head[prefix.Length..];
            }
        }

        return head switch
        {
            "省长" => "省",
            "市长" => "市",
            "区长" => "区",
            "县长" => "县",
            "州长" => "州",
            "旗长" => "旗",
            "镇长" => "镇",
            "乡长" => "乡",
            _ => null,
        };
    }

    // 乐山市沙湾区: a place written with the one above it, the inner one; null when the name is no such pair.
    private static Place? InnerPlace(PlaceGazetteer gazetteer, string name)
    {
        for (var split = 2; split <= name.Length - 2; split++)
        {
            if (gazetteer.Resolve(name[..split]) is { } outer && gazetteer.Resolve(name[split..], outer) is { } inner && gazetteer.IsWithin(inner, outer))
            {
                return inner;
            }
        }

        return null;
    }

    // The people's government of the place named before a head's title, when the place is of the title's level: 偃师区
    // before 区长 is 洛阳市偃师区人民政府 (a district named with its city, as DocumentPlace names counties).
    private static (string Name, string Kind)? PlaceGovernment(string title, string name, DocumentPlace place)
    {
        if (HeadLevel(title) is not { } level)
        {
            return null;
        }

        var gazetteer = PlaceGazetteer.Default;
        var within = place.City.Length > 0 ? gazetteer.Resolve(place.City) : place.Province.Length > 0 ? gazetteer.Resolve(place.Province) : null;
        if ((gazetteer.Resolve(name, within) ?? InnerPlace(gazetteer, name)) is not { } found || !found.Name.EndsWith(level, StringComparison.Ordinal))
        {
            return null;
        }

        var qualified = found.Level == PlaceLevel.County && found.Name.EndsWith('区') && gazetteer.Parent(found) is { } city ? city.Name + found.Name : found.Name;
        return (qualified + "人民政府", "government");
    }
}
