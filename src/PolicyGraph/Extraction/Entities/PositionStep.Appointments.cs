using PolicyGraph.Text;

namespace PolicyGraph.Extraction.Entities;

internal sealed partial class PositionStep
{
    // The verbs of an appointment before a name, the word that links the name to the post, and the status the post
    // then has: 任命张建华为…主任 (new), 免去李国强的…主任职务 (former), 提名王伟为…人选 (designate).
    private static readonly (string Verb, string Link, PositionStatus Status)[] Appointments =
    [
        ("任命", "为", PositionStatus.New), ("免去", "的", PositionStatus.Former), ("免去", "", PositionStatus.Former),
        ("提名", "为", PositionStatus.Designate),
    ];

    // 任命张建华为市发展和改革委员会主任, 免去李国强的市发展和改革委员会主任、党组书记职务: the posts an appointment
    // names after the person, each title at the organisation written before it or before the titles it follows.
    private static IEnumerable<PositionFact> Appointment(ChainState state, DocumentPlace place, Dictionary<int, Mention> titlesByStart, Mention person)
    {
        var text = state.Context.Text;
        foreach (var (verb, link, status) in Appointments)
        {
            var verbStart = person.Span.Start - verb.Length;
            var linkEnd = person.Span.End + link.Length;
            if (verbStart < 0 || string.CompareOrdinal(text, verbStart, verb, 0, verb.Length) != 0
                || linkEnd > text.Length || string.CompareOrdinal(text, person.Span.End, link, 0, link.Length) != 0)
            {
                continue;
            }

            var facts = new List<PositionFact>();
            Mention? org = null;
            for (var pos = linkEnd; pos < text.Length;)
            {
                if (state.OrganizationStartingAt(pos) is { } named)
                {
                    org = named;
                    pos = named.Span.End;
                }

                if (!titlesByStart.TryGetValue(pos, out var title))
                {
                    break;
                }

                var (name, kind) = BodyOf(title, org, place);
                if (name.Length > 0)
                {
                    facts.Add(new PositionFact(person.Canonical, person.Span, title.Text, name, kind, status, new TextSpan(verbStart, title.Span.End)));
                }

                pos = title.Span.End;
                if (pos < text.Length && text[pos] == '、')
                {
                    pos++;
                }
            }

            return facts;
        }

        return [];
    }
}
