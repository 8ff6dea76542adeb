using PolicyGraph.Extraction.Entities;
using PolicyGraph.Ingest;
using PolicyGraph.Lexicon;

namespace PolicyGraph.Extraction;

/// <summary>
/// Extracts the facts of one document by running the extraction steps in order. The order is the
/// pipeline's: entities first, then the relations that need them. Thread-safe: steps keep no per-document state.
/// </summary>
public sealed class DocumentExtractor
{
    private readonly IReadOnlyList<IExtractionStep> _steps;

    /// <summary>An extractor running <paramref name="steps"/> in order.</summary>
    public DocumentExtractor(IReadOnlyList<IExtractionStep> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        _steps = steps;
    }

    /// <summary>The version of the extraction rules and lexicons; a cached extraction of another version is stale.</summary>
    public const string Version = "0.1.0";

    /// <summary>The standard pipeline.</summary>
    public static DocumentExtractor CreateDefault()
    {
        var lexicon = EntityLexicon.Default;
        return new(
        [
            new TitleStep(lexicon),
            new OrganizationStep(lexicon, Lexicon.Places.PlaceGazetteer.Default),
            new PersonStep(lexicon),
            new PositionStep(lexicon),
            new PersonReferenceStep(),
            new ModelMentionStep(Ner.NerTagger.Default, lexicon),
            new PositionStep(lexicon, namesOrganizations: false),
            new MentionCleanupStep(),
            new Events.EventStep(),
            new Initiatives.InitiativeStep(),
            new Statements.StatementStep(),
        ]);
    }

    /// <summary>Extracts the facts of <paramref name="document"/>.</summary>
    public DocumentExtraction Extract(SourceDocument document)
    {
        var context = new ExtractionContext(document);
        foreach (var step in _steps)
        {
            step.Run(context);
        }

        return context.ToResult();
    }
}
