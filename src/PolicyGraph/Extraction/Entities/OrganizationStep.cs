using PolicyGraph.Lexicon;
using PolicyGraph.Text;

namespace PolicyGraph.Extraction.Entities;

/// <summary>
/// Finds organisations: known bodies by name (国务院, 东盟), government and party bodies after a level prefix or a
/// place (市科协, 省工信厅, 县委, 山东省工业和信息化厅), and full names ending in an organisation word (…有限公司,
/// …大学, …管委会). Each gets its kind and a canonical, place-qualified name; bodies nested in a longer name
/// become their own mentions with <see cref="PartOfFact"/>, government bodies are <see cref="LocatedInFact"/> their place.
/// </summary>
internal sealed partial class OrganizationStep : IExtractionStep
{
    private readonly EntityLexicon _lexicon;

    /// <summary>A step reading <paramref name="lexicon"/>.</summary>
    public OrganizationStep(EntityLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = lexicon;
    }

    /// <inheritdoc/>
    public void Run(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.Text;
        var place = DocumentPlace.Of(context.Document);
        var candidates = new List<OrgCandidate>();
        FindKnown(text, candidates);
        FindBodies(text, place, candidates);
        FindNamed(text, candidates, [.. context.Mentions.Where(m => m.Type == MentionType.Title).Select(m => m.Span)]);

        foreach (var org in Select(candidates))
        {
            if (context.IsChrome(org.Span))
            {
                continue;
            }

            context.Mentions.Add(new Mention(MentionType.Organization, org.Span, org.Span.Of(text), org.Canonical, org.Kind));
            if (org.Parent is { } parent)
            {
                context.PartOf.Add(new PartOfFact(org.Canonical, parent, org.Span));
            }

            if (org.Place.Length > 0)
            {
                context.LocatedIn.Add(new LocatedInFact(org.Canonical, org.Place));
            }
        }
    }

    // Keeps nested parents and every candidate not lying inside a longer one; of two candidates with the same span
    // the first found (known, then body, then named) wins.
    private static List<OrgCandidate> Select(List<OrgCandidate> candidates)
    {
        var kept = new List<OrgCandidate>();
        foreach (var c in candidates)
        {
            if (kept.Any(k => k.Span == c.Span))
            {
                continue;
            }

            if (!c.Nested && candidates.Any(o => o.Span != c.Span && o.Span.Contains(c.Span) && !o.Nested))
            {
                continue;
            }

            kept.Add(c);
        }

        return kept;
    }

    private void FindKnown(string text, List<OrgCandidate> found)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var len = _lexicon.KnownForms.LongestAt(text, i);
            if (len == 0)
            {
                continue;
            }

            var org = _lexicon.KnownOrganizations[text.Substring(i, len)];
            found.Add(new OrgCandidate(new TextSpan(i, i + len), org.Canonical, org.Kind));
            i += len - 1;
        }
    }

    /// <summary>An organisation found in the text, before overlaps are settled.</summary>
    private sealed record OrgCandidate(TextSpan Span, string Canonical, string Kind, string Place = "", string? Parent = null, bool Nested = false);
}
