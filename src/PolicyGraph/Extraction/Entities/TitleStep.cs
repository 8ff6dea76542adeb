using PolicyGraph.Lexicon;
using PolicyGraph.Text;

namespace PolicyGraph.Extraction.Entities;

/// <summary>
/// Marks office titles (局长, 常务副市长, 党组书记) and the role words before names (村民, 工人) as
/// <see cref="MentionType.Title"/> mentions, outside page chrome. Later steps read names and positions off them.
/// </summary>
internal sealed class TitleStep : IExtractionStep
{
    private readonly EntityLexicon _lexicon;

    /// <summary>A step reading <paramref name="lexicon"/>.</summary>
    public TitleStep(EntityLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = lexicon;
    }

    /// <inheritdoc/>
    public void Run(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.Text;
        for (var i = 0; i < text.Length;)
        {
            if (!ChineseText.IsHan(text[i]) && !char.IsAsciiLetterUpper(text[i]))
            {
                i++;
                continue;
            }

            var len = TitleMatcher.MatchAt(text, i, _lexicon);
            var role = len == 0 ? TitleMatcher.RoleAt(text, i, _lexicon) : 0;
            var found = Math.Max(len, role);
            if (found == 0)
            {
                i++;
                continue;
            }

            var span = new TextSpan(i, i + found);
            if (!context.IsChrome(span))
            {
                var word = span.Of(text);
                context.Mentions.Add(new Mention(MentionType.Title, span, word, word, Kind: len > 0 ? string.Empty : RoleKind));
            }

            i += found;
        }
    }

    /// <summary>The <see cref="Mention.Kind"/> that marks a role word (村民) rather than an office.</summary>
    public const string RoleKind = "role";
}
