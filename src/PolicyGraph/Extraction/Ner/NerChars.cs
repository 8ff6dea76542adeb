namespace PolicyGraph.Extraction.Ner;

/// <summary>
/// Folds characters the way the tagger sees them. The training corpora disagree on surface forms (People's Daily
/// 1998 prints full-width digits and letters, the evaluation sets half-width), so features read a folded copy with
/// the same length as the input: offsets never move.
/// </summary>
internal static class NerChars
{
    /// <summary>Character classes used by the shape feature.</summary>
    public const char Han = 'H', Digit = 'D', Latin = 'L', Numeral = 'N', Space = 'S', Punctuation = 'P', Other = 'O';

    /// <summary>The folded form of <paramref name="c"/>: half-width, lower case, every digit '0'.</summary>
    public static char Fold(char c)
    {
        if (c >= '\uFF01' && c <= '\uFF5E')
        {
            c = (char)(c - 0xFEE0);
        }
        else if (c == '\u3000' || c == '\u00A0')
        {
            return ' ';
        }

        if (c >= '0' && c <= '9')
        {
            return '0';
        }

        return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
    }

    /// <summary>The class of an already folded character.</summary>
    public static char Classify(char folded) => (char)Classes[folded];

    // One class a UTF-16 unit, computed once: the shape and head features classify every character of a text
    // several times, and the rules below cost a scan of the numerals and a Unicode category look-up each.
    private static readonly byte[] Classes = ClassifyAll();

    private static byte[] ClassifyAll()
    {
        var classes = new byte[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            classes[c] = (byte)ClassOf((char)c);
        }

        return classes;
    }

    private static char ClassOf(char folded)
    {
        if (folded == '0')
        {
            return Digit;
        }

        if (folded >= 'a' && folded <= 'z')
        {
            return Latin;
        }

        if (folded == ' ' || folded == '\t')
        {
            return Space;
        }

        if ("〇零一二三四五六七八九十百千万亿两".Contains(folded, StringComparison.Ordinal))
        {
            return Numeral;
        }

        if ((folded >= '\u4E00' && folded <= '\u9FFF') || (folded >= '\u3400' && folded <= '\u4DBF'))
        {
            return Han;
        }

        return char.IsPunctuation(folded) || char.IsSymbol(folded) ? Punctuation : Other;
    }

    /// <summary>The folded copy of <paramref name="text"/>.</summary>
    public static char[] FoldAll(ReadOnlySpan<char> text)
    {
        var folded = new char[text.Length];
        FoldAll(text, folded);
        return folded;
    }

    /// <summary>Writes the folded copy of <paramref name="text"/> into <paramref name="folded"/>.</summary>
    public static void FoldAll(ReadOnlySpan<char> text, Span<char> folded)
    {
        folded = folded[..text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            folded[i] = Fold(text[i]);
        }
    }
}
