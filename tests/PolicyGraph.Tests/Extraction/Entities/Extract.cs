using PolicyGraph.Extraction;
using PolicyGraph.Extraction.Entities;
using PolicyGraph.Extraction.Ner;
using PolicyGraph.Ingest;
using PolicyGraph.Lexicon;
using PolicyGraph.Lexicon.Places;

namespace PolicyGraph.Tests.Extraction.Entities;

/// <summary>Runs the default extractor over a sentence as a document of a given place.</summary>
internal static class Extract
{
    private static readonly DocumentExtractor Extractor = DocumentExtractor.CreateDefault();

    // The entity steps alone, in their pipeline order: what the bad-input guards hold this folder's code to.
    private static readonly DocumentExtractor EntityExtractor = new(
    [
        new TitleStep(EntityLexicon.Default),
        new OrganizationStep(EntityLexicon.Default, PlaceGazetteer.Default),
        new PersonStep(EntityLexicon.Default),
        new PositionStep(EntityLexicon.Default),
        new PersonReferenceStep(),
        new ModelMentionStep(NerTagger.Default, EntityLexicon.Default),
        new PositionStep(EntityLexicon.Default, namesOrganizations: false),
        new MentionCleanupStep(),
    ]);

    /// <summary>Extracts <paramref name="text"/> with the entity steps only.</summary>
    public static DocumentExtraction EntitiesOnly(string text, string place = "")
    {
        var metadata = DocumentMetadata.Unknown with { Place = place, Source = "测试网" };
        return EntityExtractor.Extract(new SourceDocument("test.txt", string.Empty, text, metadata, []));
    }

    /// <summary>Extracts <paramref name="text"/> as an article of the genre (it has a source), of <paramref name="place"/>.</summary>
    public static DocumentExtraction From(string text, string place = "") => From(text, place, []);

    /// <summary>Extracts <paramref name="text"/> as an article of <paramref name="place"/> whose furniture is at <paramref name="chrome"/>.</summary>
    public static DocumentExtraction From(string text, string place, IReadOnlyList<PolicyGraph.Text.TextSpan> chrome)
    {
        var metadata = DocumentMetadata.Unknown with { Place = place, Source = "测试网" };
        return Extractor.Extract(new SourceDocument("test.txt", string.Empty, text, metadata, chrome));
    }

    /// <summary>Extracts <paramref name="text"/> as a page of the site <paramref name="site"/> runs (its footer's owner).</summary>
    public static DocumentExtraction OnSite(string text, string site)
    {
        var metadata = DocumentMetadata.Unknown with { Source = "党委宣传部", Site = site };
        return Extractor.Extract(new SourceDocument("test.html", string.Empty, text, metadata, []));
    }

    public static string[] Of(this DocumentExtraction extraction, MentionType type) =>
        [.. extraction.Mentions.Where(m => m.Type == type).Select(m => $"{m.Text}@{m.Span.Start}")];

    public static string[] Canonicals(this DocumentExtraction extraction, MentionType type) =>
        [.. extraction.Mentions.Where(m => m.Type == type).Select(m => m.Canonical).Distinct(StringComparer.Ordinal)];

    public static string[] PositionList(this DocumentExtraction extraction) =>
        [.. extraction.Positions.Select(p => $"{p.Person}|{p.Title}|{p.Organization}").Order(StringComparer.Ordinal)];
}
