using System.Collections;
using System.Globalization;
using System.Text;
using PolicyGraph.Graph;

namespace PolicyGraph.Export.Neo4j.Cypher;

/// <summary>
/// Writes Neo4j values (<see cref="Neo4jValue"/>) as Cypher literals that fit on one line, as a cypher-shell
/// <c>:param</c> command must: strings single-quoted with every quote, backslash and control character escaped,
/// dates as <c>date('…')</c>, whole numbers as integers, lists and maps as Cypher lists and maps.
/// </summary>
internal static class CypherLiteral
{
    /// <summary>Appends the literal of <paramref name="value"/> to <paramref name="sb"/>.</summary>
    public static void Append(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case null:
                sb.Append("null");
                break;
            case bool b:
                sb.Append(b ? "true" : "false");
                break;
            case long or int:
                sb.Append(Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                break;
            case double d:
                // Cypher writes exponents without a plus sign (1E20, not 1E+20).
                sb.Append(PropertyValue.FormatFloat(d).Replace("E+", "E", StringComparison.Ordinal));
                break;
            case string s:
                AppendString(sb, s);
                break;
            case DateOnly date:
                sb.Append("date('").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("')");
                break;
            case IReadOnlyDictionary<string, object?> map:
                AppendMap(sb, map);
                break;
            case IEnumerable list:
                sb.Append('[');
                var first = true;
                foreach (var item in list)
                {
                    sb.Append(first ? string.Empty : ", ");
                    Append(sb, item);
                    first = false;
                }

                sb.Append(']');
                break;
            default:
                throw new ArgumentException($"A {value.GetType().Name} has no Cypher literal form.", nameof(value));
        }
    }

    /// <summary>Appends a map literal: <c>{key: value, …}</c> in the map's own order.</summary>
    public static void AppendMap(StringBuilder sb, IReadOnlyDictionary<string, object?> map)
    {
        sb.Append('{');
        var first = true;
        foreach (var (key, item) in map)
        {
            sb.Append(first ? string.Empty : ", ");
            AppendName(sb, key);
            sb.Append(": ");
            Append(sb, item);
            first = false;
        }

        sb.Append('}');
    }

    /// <summary>Appends a property key or variable name, back-quoted unless it is a plain identifier.</summary>
    public static void AppendName(StringBuilder sb, string name)
    {
        if (IsPlainName(name))
        {
            sb.Append(name);
            return;
        }

        sb.Append('`').Append(name.Replace("`", "``", StringComparison.Ordinal)).Append('`');
    }

    /// <summary>Appends a single-quoted string literal; lone surrogates become U+FFFD (UTF-8 cannot carry them).</summary>
    public static void AppendString(StringBuilder sb, string text)
    {
        sb.Append('\'');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\'': sb.Append("\\'"); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        sb.Append(c).Append(text[++i]);
                    }
                    else if (char.IsSurrogate(c))
                    {
                        sb.Append('\uFFFD');
                    }
                    else if (c < ' ' || c == '\u007F' || c is '\u0085' or '\u2028' or '\u2029')
                    {
                        // Line separators would end a cypher-shell command line; other controls are invisible.
                        sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        sb.Append('\'');
    }

    private static bool IsPlainName(string name)
    {
        if (name.Length == 0 || !(char.IsAsciiLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }
}
