using PolicyGraph.Text;

namespace PolicyGraph.Extraction.Statements;

internal sealed partial class PersonDirectory
{
    // Titles used after a bare surname when the person's own titles are unknown or say it differently.
    private static readonly string[] GenericTitles =
    [
        "董事长", "总经理", "理事长", "秘书长", "副主任", "副局长", "副市长", "副县长", "副区长", "副省长", "副部长",
        "局长", "主任", "书记", "会长", "经理", "教授", "院士", "老师", "师傅", "主席", "部长", "厅长", "处长", "科长",
        "市长", "县长", "区长", "省长", "镇长", "乡长", "村长", "院长", "校长", "所长", "行长", "社长", "博士",
        "支书", "厂长", "站长", "队长", "组长", "总裁", "总监", "委员", "代表", "总",
    ];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GenericTitleSet =
        new HashSet<string>(GenericTitles, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly int LongestGenericTitle = GenericTitles.Max(t => t.Length);

    /// <summary>
    /// The person a short form ending at <paramref name="end"/> refers to (方局长, 唐会长, 老刘), with the form's start;
    /// the nearest earlier-named person with that surname wins, preferring one whose titles match.
    /// </summary>
    public (string Name, int Start)? ShortFormEndingAt(string text, int end, int lowerBound)
    {
        _shortFormOwners ??= BuildShortFormOwners();
        (string Name, int Start, int Score)? best = null;
        for (var length = 2; length <= _longestShortForm && end - length >= lowerBound; length++)
        {
            var start = end - length;
            var form = text.AsSpan(start, length);
            foreach (var (name, surname) in _shortFormOwners)
            {
                var score = ShortFormScore(form, name, surname);
                if (score == 0)
                {
                    continue;
                }

                var total = score + (FirstNamed(name) < start ? 2 : 0);
                if (best is null || total > best.Value.Score || (total == best.Value.Score && length > end - best.Value.Start))
                {
                    best = (name, start, total);
                }
            }
        }

        return best is { } b ? (b.Name, b.Start) : null;
    }

    // Every person who may have short forms, in name order, with their surname; built once per document. The forms
    // themselves are not built: ShortFormScore tells whether a printed form is one, without allocating. The
    // longest form is noted, so that a lookup tries no longer ones.
    private List<(string Name, string Surname)> BuildShortFormOwners()
    {
        var owners = new List<(string Name, string Surname)>();
        foreach (var name in Names)
        {
            if (Surname(name) is not { } surname)
            {
                continue;
            }

            owners.Add((name, surname));
            var longestTitle = _titles.TryGetValue(name, out var titles) && titles.Count > 0 ? titles.Max(t => t.Length) : 0;
            _longestShortForm = Math.Max(_longestShortForm, surname.Length + Math.Max(1, Math.Max(longestTitle, LongestGenericTitle)));
        }

        return owners;
    }

    // How surely form is a short form of name: 3 for surname + one of the person's titles (方局长), or + a generic
    // title ending one of them (方局长 for 副局长 方圆); 1 for 老/小 + surname (老方) or surname + a generic title
    // (方主任); 0 when it is none of these.
    private int ShortFormScore(ReadOnlySpan<char> form, string name, string surname)
    {
        var score = 0;
        if (form.Length == surname.Length + 1 && form[0] is '老' or '小' && form[1..].SequenceEqual(surname))
        {
            score = 1;
        }

        if (!form.StartsWith(surname, StringComparison.Ordinal))
        {
            return score;
        }

        var rest = form[surname.Length..];
        var generic = GenericTitleSet.Contains(rest);
        if (_titles.TryGetValue(name, out var titles))
        {
            var lookup = titles.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.Contains(rest))
            {
                return 3;
            }

            if (generic)
            {
                foreach (var title in titles)
                {
                    if (rest.Length < title.Length && title.AsSpan().EndsWith(rest, StringComparison.Ordinal))
                    {
                        return 3;
                    }
                }
            }
        }

        return generic ? Math.Max(score, 1) : score;
    }

    /// <summary>
    /// The person 该委主任 or 该局局长 ending at <paramref name="end"/> refers to: the nearest person named earlier
    /// in the document who holds that title, at a body whose name ends like the abbreviation (委, 局, 集团).
    /// </summary>
    public (string Name, int Start)? DemonstrativeEndingAt(string text, int end, int lowerBound)
    {
        var window = Math.Min(12, end - lowerBound);
        if (window <= 0 || text.LastIndexOf('该', end - 1, window) < 0)
        {
            return null;
        }

        foreach (var title in GenericTitles.Concat(_positions.Select(p => p.Title)).Distinct(StringComparer.Ordinal).OrderByDescending(t => t.Length))
        {
            var titleStart = end - title.Length;
            if (titleStart <= lowerBound || string.CompareOrdinal(text, titleStart, title, 0, title.Length) != 0)
            {
                continue;
            }

            var demonstrative = text.LastIndexOf('该', titleStart - 1, Math.Min(5, titleStart - lowerBound));
            if (demonstrative < lowerBound || titleStart - demonstrative > 5)
            {
                continue;
            }

            var body = text[(demonstrative + 1)..titleStart];
            var holders = _positions.Where(p => TitleFits(p.Title, title) && (body.Length == 0 || p.Organization.EndsWith(body, StringComparison.Ordinal) || p.Organization.Contains(body, StringComparison.Ordinal)))
                .Select(p => p.Person).ToHashSet(StringComparer.Ordinal);
            foreach (var (name, _) in Before(demonstrative, 0))
            {
                if (holders.Contains(name))
                {
                    return (name, demonstrative);
                }
            }
        }

        return null;
    }

    private static bool TitleFits(string held, string said) => held == said || held.EndsWith(said, StringComparison.Ordinal);
}
