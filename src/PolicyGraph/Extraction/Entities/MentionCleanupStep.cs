using PolicyGraph.Text;

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
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < context.Mentions.Count; i++)
        {
            if (context.Mentions[i] is { Type: MentionType.Title, Kind.Length: > 0 } role)
            {
                context.Mentions[i] = role with { Kind = string.Empty };
            }
            else if (context.Mentions[i] is { Type: MentionType.Organization } org && WithoutConjunction(org) is { } trimmed)
            {
                context.Mentions[i] = trimmed;
                renamed[org.Canonical] = trimmed.Canonical;
            }
        }

        if (renamed.Count > 0)
        {
            for (var i = 0; i < context.PartOf.Count; i++)
            {
                var part = context.PartOf[i];
                context.PartOf[i] = part with { Child = renamed.GetValueOrDefault(part.Child, part.Child), Parent = renamed.GetValueOrDefault(part.Parent, part.Parent) };
            }

            for (var i = 0; i < context.Positions.Count; i++)
            {
                var position = context.Positions[i];
                context.Positions[i] = position with { Organization = renamed.GetValueOrDefault(position.Organization, position.Organization) };
            }
        }
    }

    // 依托与|山东大学齐鲁医院, 与|浙江大学合作: a conjunction a step took into the start of an organisation's name is the
    // clause's (与 and 跟 open no name; 和 and 同 do: 和平区, 同济大学).
    private static Mention? WithoutConjunction(Mention org) =>
        org.Text.Length > 3 && org.Text[0] is '与' or '跟' && org.Canonical.StartsWith(org.Text[0])
            ? org with { Span = new TextSpan(org.Span.Start + 1, org.Span.End), Text = org.Text[1..], Canonical = org.Canonical[1..] }
            : null;
}
