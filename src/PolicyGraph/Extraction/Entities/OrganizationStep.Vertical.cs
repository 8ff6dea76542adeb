using PolicyGraph.Text;

namespace PolicyGraph.Extraction.Entities;

internal sealed partial class OrganizationStep
{
    // The national agencies whose local offices are named under them: 国家税务总局|厦门市税务局, 中国人民银行|…分行.
    private static readonly string[] VerticalOpenings = ["国家", "中国人民银行"];

    /// <summary>
    /// A national agency written right before a local body is one name with it, the office the agency runs there
    /// (国家税务总局厦门市税务局, 国家金融监督管理总局四川监管局); the agency is a body of its own, the office part of it.
    /// </summary>
    private void JoinVerticalBodies(string text, Found found)
    {
        var count = found.Candidates.Count;
        for (var a = 0; a < count; a++)
        {
            var agency = found.Candidates[a];
            if (agency.Kind != "government" || agency.Nested)
            {
                continue;
            }

            if (!VerticalOpenings.Any(o => agency.Canonical.StartsWith(o, StringComparison.Ordinal)))
            {
                // 工信部|规划司: a department of a ministry.
                if (agency.Canonical.StartsWith(Ministries, StringComparison.Ordinal) && DepartmentEnd(text, agency.Span.End) is { } department)
                {
                    AddUnit(found, agency, department, agency.Canonical + text[agency.Span.End..department], string.Empty);
                }

                continue;
            }

            var office = found.Candidates.Take(count).FirstOrDefault(o => o.Span.Start == agency.Span.End && o.Kind == "government" && o.Place.Length > 0 && !o.Nested);
            if (office is not null)
            {
                AddUnit(found, agency, office.Span.End, agency.Canonical + office.Canonical, office.Place);
            }
            else if (LocalOfficeEnd(text, agency.Span.End) is { } end)
            {
                // 国家金融监督管理总局|宝鸡监管分局: the office named by its city's short name.
                AddUnit(found, agency, end, agency.Canonical + text[agency.Span.End..end], string.Empty);
            }
            else if (DepartmentEnd(text, agency.Span.End) is { } department && text[department - 1] == '司')
            {
                // 国家数据局|数据资源司: a department of a national bureau.
                AddUnit(found, agency, department, agency.Canonical + text[agency.Span.End..department], string.Empty);
            }
        }
    }

    // The titles a bare department is named before (种植业管理司|副司长欧阳涛).
    private static readonly string[] DepartmentTitles = ["司长", "副司长", "负责人", "有关负责人", "负责同志", "一级巡视员", "二级巡视员"];

    // The departments of Hong Kong's government that its secretaries head (财政司司长陈茂波): no ministry's.
    private static readonly HashSet<string> SpecialRegionDepartments = new(StringComparer.Ordinal) { "政务司", "财政司", "律政司" };

    // What may stand before a department named bare: a clause's or a list's start.
    private const string DepartmentOpeners = "，。；：、\n（ ";

    /// <summary>
    /// In a document that names one ministry, a department named bare at a clause's or a list's start is the ministry's
    /// (农业农村部举行发布会……，市场与信息化司司长刘晓婷、种植业管理司副司长欧阳涛).
    /// </summary>
    private void FindBareDepartments(string text, Found found)
    {
        var ministries = found.Candidates.Where(c => c.Kind == "government" && c.Canonical.StartsWith(Ministries, StringComparison.Ordinal) && c.Canonical.EndsWith('部'))
            .Select(c => c.Canonical).Distinct(StringComparer.Ordinal).Take(2).ToList();
        if (ministries.Count != 1)
        {
            return;
        }

        for (var end = text.IndexOf('司', StringComparison.Ordinal) + 1; end > 0; end = end < text.Length ? text.IndexOf('司', end) + 1 : 0)
        {
            var start = end - 1;
            while (start > 0 && end - start <= MaxDepartment && ChineseText.IsHan(text[start - 1]) && !DepartmentOpeners.Contains(text[start - 1], StringComparison.Ordinal))
            {
                start--;
            }

            var span = new TextSpan(start, end);
            if ((start > 0 && !DepartmentOpeners.Contains(text[start - 1], StringComparison.Ordinal)) || DepartmentEnd(text, start) != end || found.Spans.Overlaps(span)
                || !ChineseText.StartsWithAny(text, end, DepartmentTitles) || SpecialRegionDepartments.Contains(text[start..end]))
            {
                continue;
            }

            found.Add(new OrgCandidate(span, ministries[0] + text[start..end], "government", Parent: ministries[0]));
        }
    }

    // The democratic parties, whose committees at each level are named as the party's: 民进|江苏省委.
    private static readonly HashSet<string> DemocraticParties = new(StringComparer.Ordinal)
    {
        "中国国民党革命委员会", "中国民主同盟", "中国民主建国会", "中国民主促进会", "中国农工民主党", "中国致公党", "九三学社", "台湾民主自治同盟",
    };

    /// <summary>
    /// A democratic party written right before a place's committee is that party's committee there, not the Communist
    /// Party's (民进江苏省委 is 中国民主促进会江苏省委员会, 九三学社成都市委 is 九三学社成都市委员会); the party is its parent.
    /// </summary>
    private static void JoinDemocraticParties(Found found)
    {
        var count = found.Candidates.Count;
        for (var a = 0; a < count; a++)
        {
            var party = found.Candidates[a];
            if (party.Nested || !DemocraticParties.Contains(party.Canonical))
            {
                continue;
            }

            var committee = found.Candidates.Take(count).FirstOrDefault(c => c.Span.Start == party.Span.End && !c.Nested && c.Kind == "party" && c.Place.Length > 0
                && c.Canonical.StartsWith(PartyName, StringComparison.Ordinal) && c.Canonical.EndsWith(Committee, StringComparison.Ordinal));
            if (committee is not null)
            {
                found.Add(party with { Nested = true });
                found.Add(new OrgCandidate(new TextSpan(party.Span.Start, committee.Span.End), party.Canonical + committee.Canonical[PartyName.Length..], "party",
                    committee.Place, Parent: party.Canonical));
            }
        }
    }

    private static void AddUnit(Found found, OrgCandidate parent, int end, string canonical, string place)
    {
        found.Add(parent with { Nested = true });
        found.Add(new OrgCandidate(new TextSpan(parent.Span.Start, end), canonical, "government", place, Parent: parent.Canonical));
    }

    private const string Ministries = "中华人民共和国";

    // The words of a national agency's local office after a place's short name: 宝鸡|监管分局, 四川|监管局, 陕西省|分行.
    private static readonly string[] LocalOffices = ["监管分局", "监管局", "中心支行", "分行", "分局", "调查总队", "调查队"];

    // Where a local office named by a place (宝鸡, 陕西省) ends, right at start; null when none is written there.
    private int? LocalOfficeEnd(string text, int start)
    {
        for (var length = 4; length >= 2; length--)
        {
            if (start + length < text.Length && _places.Resolve(text.Substring(start, length)) is not null)
            {
                foreach (var office in LocalOffices)
                {
                    if (string.CompareOrdinal(text, start + length, office, 0, office.Length) == 0)
                    {
                        return start + length + office.Length;
                    }
                }
            }
        }

        return null;
    }

    // The longest name of a department (规划司, 服务贸易和商贸服务业司) a ministry may write right after it.
    private const int MaxDepartment = 12;

    private const string GeneralOffice = "办公厅";

    // Where a department written right at start ends: with 司 (规划司, 外贸司) or 局 (畜牧兽医局) after two to seven
    // characters of words, none that ends a name (not 公司, 司法, 格局), or as the general office (办公厅); null when
    // there is none.
    private int? DepartmentEnd(string text, int start)
    {
        // 财政部|办公厅: the ministry's general office.
        if (string.CompareOrdinal(text, start, GeneralOffice, 0, GeneralOffice.Length) == 0)
        {
            return start + GeneralOffice.Length;
        }

        for (var i = start; i < text.Length && i - start < MaxDepartment; i++)
        {
            var c = text[i];
            // 市场与信息化司: 与 and 和 join the department's fields inside its name, not at its start.
            var joins = c is '与' or '和' && i - start >= 2;
            // 数据资源司: 数据 holds a stop character (据) and names a department's field.
            var field = i > start && IsDataJu(text, i);
            if (!ChineseText.IsHan(c) || (ChineseText.IsOrganizationStop(c) && !joins && !field) || _lexicon.Verbs.LongestEndingAt(text, i + 1, 3) > 0)
            {
                return null;
            }

            if (c == '司')
            {
                return i - start >= 2 && text[i - 1] != '公' && (i + 1 >= text.Length || !"法机令仪".Contains(text[i + 1], StringComparison.Ordinal)) ? i + 1 : null;
            }

            // 农业农村部|畜牧兽医局: a ministry's bureau (not 格局, 布局; not a 总局, which no ministry of ours has: 乌国防部情报总局).
            if (c == '局')
            {
                return i - start >= 3 && !"格布大当开全变结总".Contains(text[i - 1], StringComparison.Ordinal) ? i + 1 : null;
            }
        }

        return null;
    }
}
