namespace PolicyGraph.Extraction.Entities;

/// <summary>
/// The last entity step: drops the working marks other steps read (the role kind on 村民-type title mentions), so
/// that a mention's kind is an organisation's kind or empty, as the output contract says.
/// </summary>
internal sealed class MentionCleanupStep : IExtractionStep
{
    /// <inheritdoc/>
    public void Run(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        for (var i = 0; i < context.Mentions.Count; i++)
        {
            if (context.Mentions[i] is { Type: MentionType.Title, Kind.Length: > 0 } role)
            {
                context.Mentions[i] = role with { Kind = string.Empty };
            }
        }
    }
}
