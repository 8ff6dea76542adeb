using PolicyGraph.Text;

namespace PolicyGraph.Extraction.Statements;

/// <summary>
/// The people a document names, as earlier steps found them: where each is named, their titles, and the short
/// forms (surname + title: 王主任, 方局长; 老刘) that refer back to them.
/// </summary>
internal sealed class PersonDirectory
{
    private static readonly string[] CompoundSurnames =
    [
        "欧阳", "上官", "端木", "司马", "诸葛", "东方", "皇甫", "慕容", "令狐", "公孙", "夏侯", "尉迟", "长孙", "宇文",
        "司徒", "独孤", "南宫", "西门", "申屠", "闻人", "轩辕", "澹台", "公冶", "太史", "钟离", "呼延", "赫连", "万俟",
    ];

    // Titles used after a bare surname when the person's own titles are unknown or say it differently.
    private static readonly string[] GenericTitles =
    [
        "董事长", "总经理", "理事长", "秘书长", "副主任", "副局长", "副市长", "副县长", "副区长", "副省长", "副部长",
        "局长", "主任", "书记", "会长", "经理", "教授", "院士", "老师", "师傅", "主席", "部长", "厅长", "处长", "科长",
        "市长", "县长", "区长", "省长", "镇长", "乡长", "村长", "院长", "校长", "所长", "行长", "社长", "博士",
        "支书", "厂长", "站长", "队长", "组长", "总裁", "总监", "委员", "代表", "总",
    ];

    // Words a tagger may take for a name that, before a cue, are documents speaking (文章指出, 贺信强调), not people.
    private static readonly HashSet<string> NotPeople = new(StringComparer.Ordinal)
    {
        "文章", "评论", "社论", "报告", "贺信", "讲话", "通知", "意见", "公报", "决定", "声明", "白皮书", "报道", "纲要", "文件", "会议", "大会",
    };

    private readonly List<(string Name, TextSpan Span)> _mentions;
    private readonly Dictionary<string, HashSet<string>> _titles = new(StringComparer.Ordinal);
    private readonly List<(string Person, string Title, string Organization)> _positions = [];
    private Dictionary<string, List<(string Name, int Score)>>? _shortForms;
    private int _longestShortForm;

    /// <summary>Reads the person mentions and positions already in <paramref name="context"/>.</summary>
    public PersonDirectory(ExtractionContext context)
    {
        _mentions = [.. context.Mentions.Where(m => m.Type == MentionType.Person && m.Canonical.Length > 0 && !NotPeople.Contains(m.Canonical) && !context.IsChrome(m.Span))
            .Select(m => (m.Canonical, m.Span))
            .OrderBy(m => m.Span.Start)];
        foreach (var position in context.Positions.Where(p => !NotPeople.Contains(p.Person)))
        {
            TitlesOf(position.Person).Add(position.Title);
            _positions.Add((position.Person, position.Title, position.Organization));
            if (!_mentions.Any(m => m.Span == position.PersonSpan))
            {
                _mentions.Add((position.Person, position.PersonSpan));
            }
        }

        ResolveShortForms();
        AddEveryOccurrence(context);
        _mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        Names = [.. _mentions.Select(m => m.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    // A mention that is only a short form (老刘, 方局长) stands for the full name it shortens.
    private void ResolveShortForms()
    {
        var full = _mentions.Select(m => m.Name).Where(n => n.Length >= 2).Distinct(StringComparer.Ordinal).ToList();
        for (var i = 0; i < _mentions.Count; i++)
        {
            var (name, span) = _mentions[i];
            var longer = full.Where(f => f != name && Surname(f) is { } s && ShortForms(f, s).Any(form => form.Form == name)).ToList();
            if (longer.Count == 1)
            {
                _mentions[i] = (longer[0], span);
            }
        }
    }

    // A name the earlier steps recognised once is the same person wherever else it is printed in the document.
    private void AddEveryOccurrence(ExtractionContext context)
    {
        var text = context.Text;
        foreach (var name in _mentions.Select(m => m.Name).Where(n => n.Length >= 2).Distinct(StringComparer.Ordinal).ToList())
        {
            for (var i = text.IndexOf(name, StringComparison.Ordinal); i >= 0; i = text.IndexOf(name, i + name.Length, StringComparison.Ordinal))
            {
                var span = new TextSpan(i, i + name.Length);
                if (!_mentions.Any(m => m.Span.Overlaps(span)) && !context.IsChrome(span))
                {
                    _mentions.Add((name, span));
                }
            }
        }
    }

    /// <summary>Every person named, by full name.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Where people are named, in text order.</summary>
    public IReadOnlyList<(string Name, TextSpan Span)> Mentions => _mentions;

    /// <summary>The titles the document gives <paramref name="person"/>.</summary>
    public IReadOnlySet<string> Titles(string person) => _titles.TryGetValue(person, out var t) ? t : new HashSet<string>();

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
            var named = _mentions.Where(m => m.Span.End <= demonstrative && holders.Contains(m.Name)).ToList();
            if (named.Count > 0)
            {
                return (named[^1].Name, demonstrative);
            }
        }

        return null;
    }

    private static bool TitleFits(string held, string said) => held == said || held.EndsWith(said, StringComparison.Ordinal);

    /// <summary>The person's surname (欧阳 for 欧阳志远), or null for names that have none in this sense (艾尔肯·吐尔逊).</summary>
    public static string? Surname(string name)
    {
        if (name.Length < 2 || name.Contains('·', StringComparison.Ordinal))
        {
            return null;
        }

        var compound = CompoundSurnames.FirstOrDefault(s => name.StartsWith(s, StringComparison.Ordinal) && name.Length > s.Length);
        return compound ?? name[..1];
    }

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
                var total = score + (_mentions.Any(m => m.Name == name && m.Span.Start < start) ? 2 : 0);
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

    private HashSet<string> TitlesOf(string person)
    {
        if (!_titles.TryGetValue(person, out var set))
        {
            set = new HashSet<string>(StringComparer.Ordinal);
            _titles[person] = set;
        }

        return set;
    }
}
