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

            var len = DeputyAt(text, i) ? Deputy.Length : TitleMatcher.MatchAt(text, i, _lexicon);
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

    // 全国人大代表、天水市委书记庞立新: a deputy to a people's congress holds the office 代表 there (elsewhere 代表 is
    // a role or a verb: 企业代表, 代表国务院).
    private const string Deputy = "代表";

    private static bool DeputyAt(string text, int i) =>
        i >= 2 && string.CompareOrdinal(text, i, Deputy, 0, Deputy.Length) == 0 && text.AsSpan(i - 2, 2) is "人大"
        && (i + 2 >= text.Length || text[i + 2] is not ('团' or '大' or '们'));

    /// <summary>The <see cref="Mention.Kind"/> that marks a role word (村民) rather than an office.</summary>
    public const string RoleKind = "role";
}
