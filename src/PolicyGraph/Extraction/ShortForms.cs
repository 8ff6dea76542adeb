using PolicyGraph.Text;

namespace PolicyGraph.Extraction;

/// <summary>
/// A short form the document declares for the name written right before the declaration:
/// 市行政审批局（以下简称“市审批局”）, 《…若干措施》（以下简称《若干措施》）, 广州南站地区管理委员会，简称南站地区管委会.
/// </summary>
/// <param name="Declaration">The parenthesis, or the comma clause, that declares it: the name it shortens ends where this starts.</param>
/// <param name="Short">The short form, without its quotes or brackets.</param>
/// <param name="Parenthesized">Whether the declaration is a parenthesis, which the text reads through (…（简称“江淮汽车”）董事长项兴初).</param>
/// <param name="Declared">Whether a marker (简称, 下称) declares it; otherwise the parenthesis holds only the short form
/// (浙江省能源集团有限公司（浙能集团）), which shortens the name before it only if <see cref="ShortForms.Abbreviates"/> says so.</param>
internal sealed record ShortForm(TextSpan Declaration, TextSpan Short, bool Parenthesized, bool Declared = true)
{
    /// <summary>Whether this short form stands for <paramref name="name"/>, the name written right before it.</summary>
    public bool Shortens(string text, string name) => Declared || ShortForms.Abbreviates(Short.Of(text), name);
}

/// <summary>Finds the short forms a text declares: （以下简称“Y”）, （简称Y）, （下称“Y”）, ，简称“Y”.</summary>
internal static class ShortForms
{
    // Longest first.
    private static readonly string[] Markers = ["以下简称", "下文简称", "以下称", "下文称", "下称", "简称"];

    private const int MinLength = 2;

    private const int MaxQuoted = 20;

    private const int MaxBare = 12;

    // How far after the short form the parenthesis may close (（简称“江淮汽车”，股票代码600418）).
    private const int MaxTail = 20;

    /// <summary>Every short form <paramref name="text"/> declares, in text order.</summary>
    public static IReadOnlyList<ShortForm> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        List<ShortForm>? found = null;
        for (var at = text.IndexOf('称'); at >= 0; at = text.IndexOf('称', at + 1))
        {
            if (At(text, at) is { } form)
            {
                (found ??= []).Add(form);
            }
        }

        for (var at = text.IndexOfAny(Openers); at >= 0; at = text.IndexOfAny(Openers, at + 1))
        {
            if (BareAt(text, at) is { } form && found?.Exists(f => f.Declaration.Start == at) is not true)
            {
                (found ??= []).Add(form);
            }
        }

        found?.Sort((a, b) => a.Declaration.Start.CompareTo(b.Declaration.Start));
        return found ?? (IReadOnlyList<ShortForm>)[];
    }

    /// <summary>
    /// Whether <paramref name="shortForm"/> abbreviates <paramref name="name"/> as Chinese names are shortened, by
    /// keeping some of its characters in order (浙能集团 of 浙江省能源集团有限公司), or is a Latin acronym (WTO).
    /// </summary>
    public static bool Abbreviates(string shortForm, string name)
    {
        ArgumentNullException.ThrowIfNull(shortForm);
        ArgumentNullException.ThrowIfNull(name);
        if (shortForm.Length >= name.Length)
        {
            return false;
        }

        if (shortForm.All(char.IsAsciiLetterUpper))
        {
            return true;
        }

        return shortForm[0] == name[0] && KeepsInOrder(shortForm, name);
    }

    /// <summary>Whether every character of <paramref name="shortForm"/> is in <paramref name="name"/>, in the same order (物博会 in 陆海新通道国际物流博览会).</summary>
    public static bool KeepsInOrder(string shortForm, string name)
    {
        ArgumentNullException.ThrowIfNull(shortForm);
        ArgumentNullException.ThrowIfNull(name);
        var at = 0;
        foreach (var c in shortForm)
        {
            at = name.IndexOf(c, at) + 1;
            if (at == 0)
            {
                return false;
            }
        }

        return true;
    }

    private static readonly char[] Openers = ['（', '('];

    private const int MaxAcronym = 8;

    // A parenthesis holding a name-like word only (（浙能集团）, （WTO）): a short form if the name before it agrees.
    private static ShortForm? BareAt(string text, int at)
    {
        var closer = text[at] == '（' ? '）' : ')';
        var end = at + 1;
        while (end < text.Length && end - at - 1 <= MaxAcronym && (ChineseText.IsHan(text[end]) || char.IsAsciiLetterUpper(text[end])))
        {
            end++;
        }

        return end - at - 1 is >= MinLength and <= MaxAcronym && end < text.Length && text[end] == closer
            ? new ShortForm(new TextSpan(at, end + 1), new TextSpan(at + 1, end), true, Declared: false)
            : null;
    }

    /// <summary>Where <paramref name="form"/> is written from its declaration on, the declaration's own included.</summary>
    public static IEnumerable<TextSpan> Uses(string text, ShortForm form)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(form);
        var word = form.Short.Of(text);
        for (var at = text.IndexOf(word, form.Short.Start, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
        {
            yield return new TextSpan(at, at + word.Length);
        }
    }

    // The declaration whose marker has its 称 at index at.
    private static ShortForm? At(string text, int at)
    {
        foreach (var marker in Markers)
        {
            var start = at + 1 - marker.Length;
            if (start < 1 || string.CompareOrdinal(text, start, marker, 0, marker.Length) != 0)
            {
                continue;
            }

            var opener = text[start - 1];
            var parenthesized = opener is '（' or '(';
            if (!parenthesized && opener is not ('，' or ','))
            {
                return null;
            }

            var p = at + 1;
            if (p < text.Length && text[p] == '为')
            {
                p++;
            }

            if (p < text.Length && text[p] is '：' or ':')
            {
                p++;
            }

            if (ShortAt(text, p) is not { } shortSpan)
            {
                return null;
            }

            var after = shortSpan.End + (IsQuoted(text, shortSpan) ? 1 : 0);
            if (!parenthesized)
            {
                return after < text.Length && text[after] is '，' or '。' or '；' or '、' or ',' ? new ShortForm(new TextSpan(start - 1, after), shortSpan, false) : null;
            }

            // A bare short form runs to the parenthesis' end; a quoted one may be followed by more (，股票代码600418).
            var close = CloseOf(text, after, opener == '（' ? '）' : ')');
            if (after == shortSpan.End && close != after)
            {
                return null;
            }

            return close < 0 ? null : new ShortForm(new TextSpan(start - 1, close + 1), shortSpan, true);
        }

        return null;
    }

    // The short form at p: quoted (“市审批局”, 《若干措施》) or bare up to the clause's end (南站地区管委会).
    private static TextSpan? ShortAt(string text, int p)
    {
        if (p >= text.Length)
        {
            return null;
        }

        var closer = text[p] switch
        {
            '“' => '”',
            '"' => '"',
            '《' => '》',
            '「' => '」',
            '‘' => '’',
            _ => '\0',
        };
        if (closer != '\0')
        {
            var end = text.IndexOf(closer, p + 1, Math.Min(MaxQuoted + 1, text.Length - p - 1));
            return end - p - 1 >= MinLength && !HasBreak(text, p + 1, end) ? new TextSpan(p + 1, end) : null;
        }

        var q = p;
        while (q < text.Length && q - p <= MaxBare && (ChineseText.IsHan(text[q]) || char.IsAsciiLetterOrDigit(text[q])))
        {
            q++;
        }

        return q - p is >= MinLength and <= MaxBare && q < text.Length && text[q] is '）' or ')' or '，' or '。' or '；' or '、' or ','
            ? new TextSpan(p, q)
            : null;
    }

    private static bool IsQuoted(string text, TextSpan span) => span.Start > 0 && text[span.Start - 1] is '“' or '"' or '《' or '「' or '‘';

    private static bool HasBreak(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (text[i] is '\n' or '，' or '。' or '；' or '（' or '）')
            {
                return true;
            }
        }

        return false;
    }

    // The closing parenthesis at or shortly after p, on the same line; -1 if none.
    private static int CloseOf(string text, int p, char closer)
    {
        for (var i = p; i < text.Length && i - p <= MaxTail; i++)
        {
            if (text[i] == closer)
            {
                return i;
            }

            if (text[i] is '\n' or '。' or '（' or '(')
            {
                return -1;
            }
        }

        return -1;
    }
}
