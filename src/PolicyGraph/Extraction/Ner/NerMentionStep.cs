using PolicyGraph.Text;

namespace PolicyGraph.Extraction.Ner;

/// <summary>
/// Adds the statistical tagger's persons, organisations, places and titles to the mentions, skipping page chrome.
/// The canonical name is the text as printed for now; resolution refines it later.
/// </summary>
internal sealed class NerMentionStep : IExtractionStep
{
    private readonly NerTagger _tagger;

    /// <summary>A step over <paramref name="tagger"/> (the embedded models when null).</summary>
    public NerMentionStep(NerTagger? tagger = null) => _tagger = tagger ?? NerTagger.Default;

    /// <inheritdoc />
    public void Run(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.Text;
        foreach (var span in _tagger.Tag(text))
        {
            var where = new TextSpan(span.Start, span.End);
            if (context.IsChrome(where))
            {
                continue;
            }

            var words = where.Of(text);
            context.Mentions.Add(new Mention(span.Type, where, words, words, span.Kind));
        }
    }
}
