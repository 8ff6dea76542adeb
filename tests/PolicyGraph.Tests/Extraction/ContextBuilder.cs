using PolicyGraph.Extraction;
using PolicyGraph.Ingest;
using PolicyGraph.Text;

namespace PolicyGraph.Tests.Extraction;

/// <summary>
/// Builds extraction contexts for step tests, standing in for the person and organisation steps: every occurrence
/// of a given name becomes a mention, as those steps would report it.
/// </summary>
internal static class ContextBuilder
{
    /// <summary>A context over <paramref name="text"/> with <paramref name="persons"/> marked wherever they occur.</summary>
    public static ExtractionContext With(string text, IEnumerable<string> persons, IEnumerable<(string Form, string Canonical)>? organizations = null, IReadOnlyList<TextSpan>? chrome = null)
    {
        var context = new ExtractionContext(new SourceDocument("test.txt", "0", text, DocumentMetadata.Unknown, chrome ?? []));
        var taken = new List<TextSpan>();
        foreach (var name in persons.Where(n => n.Length > 0).OrderByDescending(n => n.Length))
        {
            foreach (var span in Occurrences(text, name).Where(s => !taken.Any(t => t.Overlaps(s))))
            {
                context.Mentions.Add(new Mention(MentionType.Person, span, name, name));
                taken.Add(span);
            }
        }

        foreach (var (form, canonical) in (organizations ?? []).OrderByDescending(o => o.Form.Length))
        {
            foreach (var span in Occurrences(text, form).Where(s => !taken.Any(t => t.Overlaps(s))))
            {
                context.Mentions.Add(new Mention(MentionType.Organization, span, form, canonical, "government"));
                taken.Add(span);
            }
        }

        return context;
    }

    /// <summary>A context over <paramref name="text"/> with the given people marked.</summary>
    public static ExtractionContext With(string text, params string[] persons) => With(text, persons, null);

    private static IEnumerable<TextSpan> Occurrences(string text, string value)
    {
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            yield return new TextSpan(i, i + value.Length);
        }
    }
}
