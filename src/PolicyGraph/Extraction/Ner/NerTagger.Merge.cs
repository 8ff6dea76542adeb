namespace PolicyGraph.Extraction.Ner;

internal sealed partial class NerTagger
{
    // Which model's spans win where the two overlap, as measured on both public dev sets (Models/README.md).
    private static readonly string[] Priority = (Environment.GetEnvironmentVariable("PG_NER_MERGE") ?? "pP,pO,pL,cT,cO,cP").Split(',');

    private static IEnumerable<NerSpan> Merge(string text, List<(string Label, int Start, int End)> pd, List<(string Label, int Start, int End)> clue)
    {
        var candidates = new List<(int Rank, NerSpan Span)>();
        foreach (var (label, start, end) in pd)
        {
            var name = text.AsSpan(start, end - start);
            var (source, span) = label switch
            {
                "PER" => ("pP", new NerSpan(MentionType.Person, string.Empty, start, end)),
                "ORG" => ("pO", new NerSpan(MentionType.Organization, OrganizationKinds.Guess(name, OrganizationKinds.Other), start, end)),
                _ => ("pL", new NerSpan(MentionType.Place, string.Empty, start, end)),
            };
            Add(candidates, source, span);
        }

        foreach (var (label, start, end) in clue)
        {
            var name = text.AsSpan(start, end - start);
            var (source, span) = label switch
            {
                "name" => ("cP", new NerSpan(MentionType.Person, string.Empty, start, end)),
                "position" => ("cT", new NerSpan(MentionType.Title, string.Empty, start, end)),
                "government" => ("cO", new NerSpan(MentionType.Organization, GovernmentKind(name), start, end)),
                "company" => ("cO", new NerSpan(MentionType.Organization, OrganizationKinds.Company, start, end)),
                "organization" => ("cO", new NerSpan(MentionType.Organization, OtherKind(name), start, end)),
                _ => ("c-", new NerSpan(MentionType.Event, string.Empty, start, end)),
            };
            Add(candidates, source, span);
        }

        var kept = new List<NerSpan>();
        foreach (var (_, span) in candidates.OrderBy(c => c.Rank).ThenBy(c => c.Span.Start))
        {
            if (kept.TrueForAll(k => span.End <= k.Start || span.Start >= k.End))
            {
                kept.Add(span);
            }
        }

        return kept.Where(k => k.Type != MentionType.Event).OrderBy(k => k.Start);
    }

    private static void Add(List<(int Rank, NerSpan Span)> candidates, string source, NerSpan span)
    {
        var rank = Array.IndexOf(Priority, source);
        if (rank >= 0)
        {
            candidates.Add((rank, span));
        }
    }

    private static string GovernmentKind(ReadOnlySpan<char> name) =>
        OrganizationKinds.Guess(name, OrganizationKinds.Government) == OrganizationKinds.Party ? OrganizationKinds.Party : OrganizationKinds.Government;

    private static string OtherKind(ReadOnlySpan<char> name) =>
        OrganizationKinds.Guess(name, OrganizationKinds.Other) switch
        {
            OrganizationKinds.Education => OrganizationKinds.Education,
            OrganizationKinds.Media => OrganizationKinds.Media,
            OrganizationKinds.Association => OrganizationKinds.Association,
            _ => OrganizationKinds.Other,
        };
}
