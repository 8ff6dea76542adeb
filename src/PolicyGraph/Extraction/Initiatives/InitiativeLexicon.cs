using PolicyGraph.Text;

namespace PolicyGraph.Extraction.Initiatives;

/// <summary>
/// The national initiatives mined from ten years of national news (Lexicon/Initiatives/national-initiatives.tsv,
/// made by mine_initiatives.py): every printed form and the canonical name it stands for, matched longest first.
/// </summary>
internal sealed class InitiativeLexicon
{
    private static readonly string[] StrippedSuffixes = ["国家战略", "战略", "建设", "发展"];

    private readonly Dictionary<string, string> _canonical = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _forms;
    private readonly WordsByFirstChar<string> _byFirst;

    private InitiativeLexicon(IEnumerable<string[]> rows)
    {
        foreach (var row in rows)
        {
            var name = row[0];
            _canonical.TryAdd(name, name);
            foreach (var alias in row.Length > 1 ? row[1].Split(';', StringSplitOptions.RemoveEmptyEntries) : [])
            {
                _canonical.TryAdd(alias, name);
            }
        }

        _forms = _canonical.GetAlternateLookup<ReadOnlySpan<char>>();
        _byFirst = new WordsByFirstChar<string>(
            _canonical.Keys.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal), k => k);
    }

    /// <summary>The lexicon embedded in the library.</summary>
    public static InitiativeLexicon Default { get; } = new(WordList.Rows("Initiatives/national-initiatives.tsv"));

    /// <summary>How many printed forms the lexicon knows.</summary>
    public int Count => _canonical.Count;

    /// <summary>The canonical name of a printed form, or null when the lexicon does not know it.</summary>
    public string? CanonicalOf(string form) => _canonical.GetValueOrDefault(form);

    /// <summary>Whether <paramref name="form"/> is a printed form the lexicon knows.</summary>
    public bool Knows(ReadOnlySpan<char> form) => _forms.ContainsKey(form);

    /// <summary>The longest known form starting at <paramref name="i"/>, or null.</summary>
    public string? FormAt(string text, int i) => _byFirst.TryFirstAt(text, i, out var form) ? form : null;

    /// <summary>
    /// The canonical form of an initiative's name: a known form's canonical name, else the name without a trailing
    /// 战略/建设 (京津冀协同发展战略 → 京津冀协同发展; 长江经济带发展战略 → 长江经济带).
    /// </summary>
    public string Canonicalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        name = name.Replace("“", string.Empty, StringComparison.Ordinal).Replace("”", string.Empty, StringComparison.Ordinal)
            .Replace("‘", string.Empty, StringComparison.Ordinal).Replace("’", string.Empty, StringComparison.Ordinal);
        if (CanonicalOf(name) is { } known)
        {
            return known;
        }

        var current = name;
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var suffix in StrippedSuffixes)
            {
                if (current.Length - suffix.Length >= 2 && current.EndsWith(suffix, StringComparison.Ordinal))
                {
                    var shorter = current[..^suffix.Length];
                    if (CanonicalOf(shorter) is { } hit)
                    {
                        return hit;
                    }

                    // 全民健身国家战略 is 全民健身's; …重大国家战略 is no name cut there.
                    if (suffix is not ("发展" or "国家战略") && shorter.Length >= 4)
                    {
                        current = shorter;
                        changed = true;
                    }
                }
            }
        }

        return current;
    }
}
