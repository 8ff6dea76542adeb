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

    /// <summary>
    /// The person a short form ending at <paramref name="end"/> refers to (方局长, 唐会长, 老刘), with the form's start;
    /// the nearest earlier-named person with that surname wins, preferring one whose titles match.
    /// </summary>
    public (string Name, int Start)? ShortFormEndingAt(string text, int end, int lowerBound)
    {
        _shortForms ??= BuildShortForms();
        (string Name, int Start, int Score)? best = null;
        for (var length = 2; length <= _longestShortForm && end - length >= lowerBound; length++)
        {
            var start = end - length;
            if (!_shortForms.TryGetValue(text.Substring(start, length), out var owners))
            {
                continue;
            }

            foreach (var (name, score) in owners)
            {
                var total = score + (FirstNamed(name) < start ? 2 : 0);
                if (best is null || total > best.Value.Score || (total == best.Value.Score && length > end - best.Value.Start))
                {
                    best = (name, start, total);
                }
            }
        }

        return best is { } b ? (b.Name, b.Start) : null;
    }

    // Every short form of every person, built once per document: form -> (person, how surely it is theirs).
    private Dictionary<string, List<(string Name, int Score)>> BuildShortForms()
    {
        var forms = new Dictionary<string, List<(string Name, int Score)>>(StringComparer.Ordinal);
        foreach (var name in Names)
        {
            if (Surname(name) is not { } surname)
            {
                continue;
            }

            foreach (var (form, score) in ShortForms(name, surname).GroupBy(f => f.Form).Select(g => (g.Key, g.Max(f => f.Score))))
            {
                if (!forms.TryGetValue(form, out var owners))
                {
                    owners = [];
                    forms[form] = owners;
                }

                owners.Add((name, score));
                _longestShortForm = Math.Max(_longestShortForm, form.Length);
            }
        }

        return forms;
    }

    private IEnumerable<(string Form, int Score)> ShortForms(string name, string surname)
    {
        yield return ("老" + surname, 1);
        yield return ("小" + surname, 1);
        foreach (var title in Titles(name))
        {
            yield return (surname + title, 3);
            foreach (var generic in GenericTitles.Where(g => g.Length < title.Length && title.EndsWith(g, StringComparison.Ordinal)))
            {
                yield return (surname + generic, 3);
            }
        }

        foreach (var generic in GenericTitles)
        {
            yield return (surname + generic, 1);
        }
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
