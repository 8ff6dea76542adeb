namespace PolicyGraph.Extraction.Entities;

internal sealed partial class OrganizationStep
{
    // The national agencies whose local offices are named under them: 国家税务总局|厦门市税务局, 中国人民银行|…分行.
    private static readonly string[] VerticalOpenings = ["国家", "中国人民银行"];

    /// <summary>
    /// A national agency written right before a local body is one name with it, the office the agency runs there
    /// (国家税务总局厦门市税务局, 国家金融监督管理总局四川监管局); the agency is a body of its own, the office part of it.
    /// </summary>
    private static void JoinVerticalBodies(Found found)
    {
        var count = found.Candidates.Count;
        for (var a = 0; a < count; a++)
        {
            var agency = found.Candidates[a];
            if (agency.Kind != "government" || agency.Nested || !VerticalOpenings.Any(o => agency.Canonical.StartsWith(o, StringComparison.Ordinal)))
            {
                continue;
            }

            for (var b = 0; b < count; b++)
            {
                var office = found.Candidates[b];
                if (office.Span.Start == agency.Span.End && office.Kind == "government" && office.Place.Length > 0 && !office.Nested)
                {
                    found.Add(agency with { Nested = true });
                    found.Add(new OrgCandidate(new Text.TextSpan(agency.Span.Start, office.Span.End), agency.Canonical + office.Canonical, "government", office.Place,
                        Parent: agency.Canonical));
                    break;
                }
            }
        }
    }
}
