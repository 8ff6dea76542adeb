namespace PolicyGraph.Extraction.Entities;

/// <summary>
/// The last entity step: drops the working marks other steps read (the role kind on 村民-type title mentions), so
/// that a mention's kind is an organisation's kind or empty, as the output contract says; and resolves the last parts
/// of foreign names the model found alone (韦伯 of 马库斯·韦伯) as the reference step resolves those found before it.
/// </summary>
internal sealed class MentionCleanupStep : IExtractionStep
{
    /// <inheritdoc/>
    public void Run(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        PersonReferenceStep.ByLastName(context, [.. context.Mentions.Where(m => m.Type == MentionType.Person).Select(m => m.Canonical).Distinct(StringComparer.Ordinal)]);
        for (var i = 0; i < context.Mentions.Count; i++)
        {
            if (context.Mentions[i] is { Type: MentionType.Title, Kind.Length: > 0 } role)
            {
                context.Mentions[i] = role with { Kind = string.Empty };
            }
        }
    }
}
