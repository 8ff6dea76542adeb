using PolicyGraph.Extraction.Initiatives;
using PolicyGraph.Text;

namespace PolicyGraph.Extraction.Statements;

/// <summary>
/// The people a document names, as earlier steps found them: where each is named, their titles, and the short
/// forms (surname + title: 王主任, 方局长; 老刘) that refer back to them.
/// </summary>
internal sealed partial class PersonDirectory
{
    private static readonly string[] CompoundSurnames =
    [
        "欧阳", "上官", "端木", "司马", "诸葛", "东方", "皇甫", "慕容", "令狐", "公孙", "夏侯", "尉迟", "长孙", "宇文",
        "司徒", "独孤", "南宫", "西门", "申屠", "闻人", "轩辕", "澹台", "公冶", "太史", "钟离", "呼延", "赫连", "万俟",
    ];

    // Words a tagger may take for a name that, before a cue, are documents speaking (文章指出, 贺信强调), not people.
    private static readonly HashSet<string> NotPeople = new(StringComparer.Ordinal)
    {
        "文章", "评论", "社论", "报告", "贺信", "讲话", "通知", "意见", "公报", "决定", "声明", "白皮书", "报道", "纲要", "文件", "会议", "大会",
    };

    private readonly List<(string Name, TextSpan Span)> _mentions;
    private readonly SpanCover _names;
    private readonly Dictionary<string, int> _firstNamed = new(StringComparer.Ordinal);
    private readonly int[] _starts = [];
    private readonly Dictionary<string, HashSet<string>> _titles = new(StringComparer.Ordinal);
    private readonly List<(string Person, string Title, string Organization)> _positions = [];
    private List<(string Name, string Surname)>? _shortFormOwners;
    private int _longestShortForm;

    /// <summary>Reads the person mentions and positions already in <paramref name="context"/>.</summary>
    public PersonDirectory(ExtractionContext context)
    {
        // A "name" inside an initiative, event or organisation name (陆海新 in 西部陆海新通道) is no person.
        _names = new SpanCover(context.Mentions.Where(m => m.Type is MentionType.Initiative or MentionType.Event or MentionType.Organization).Select(m => m.Span));
        _mentions = [.. context.Mentions.Where(m => m.Type == MentionType.Person && m.Canonical.Length > 0 && !NotPeople.Contains(m.Canonical) && !context.IsChrome(m.Span) && !InsideAnotherName(m.Span))
            .Select(m => (m.Canonical, m.Span))
            .OrderBy(m => m.Span.Start)];
        foreach (var position in context.Positions.Where(p => !NotPeople.Contains(p.Person)))
        {
            TitlesOf(position.Person).Add(position.Title);
            _positions.Add((position.Person, position.Title, position.Organization));
            _mentions.Add((position.Person, position.PersonSpan));
        }

        _mentions = [.. _mentions.DistinctBy(m => m.Span)];
        ResolveShortForms();
        AddEveryOccurrence(context);
        _mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        _starts = [.. _mentions.Select(m => m.Span.Start)];
        foreach (var (name, span) in _mentions)
        {
            _firstNamed.TryAdd(name, span.Start);
        }

        Names = [.. _mentions.Select(m => m.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    private bool InsideAnotherName(TextSpan span) => _names.Covers(span, strictly: true);

    /// <summary>Where <paramref name="name"/> is first named, or null when never.</summary>
    public int? FirstNamed(string name) => _firstNamed.TryGetValue(name, out var start) ? start : null;

    /// <summary>The mentions lying wholly in [<paramref name="from"/>, <paramref name="to"/>), in text order.</summary>
    public IEnumerable<(string Name, TextSpan Span)> Between(int from, int to)
    {
        for (var i = FirstStartingAtOrAfter(from); i < _mentions.Count && _mentions[i].Span.Start < to; i++)
        {
            if (_mentions[i].Span.End <= to)
            {
                yield return _mentions[i];
            }
        }
    }

    /// <summary>The mentions ending by <paramref name="to"/> and starting at or after <paramref name="from"/>, nearest first.</summary>
    public IEnumerable<(string Name, TextSpan Span)> Before(int to, int from)
    {
        for (var i = FirstStartingAtOrAfter(to) - 1; i >= 0 && _mentions[i].Span.Start >= from; i--)
        {
            if (_mentions[i].Span.End <= to)
            {
                yield return _mentions[i];
            }
        }
    }

    private int FirstStartingAtOrAfter(int offset)
    {
        int low = 0, high = _starts.Length;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (_starts[mid] < offset)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    // A mention that is only a short form (老刘, 方局长) of exactly one full name stands for that name.
    private void ResolveShortForms()
    {
        var fulls = new List<(string Name, string Surname)>();
        foreach (var full in _mentions.Select(m => m.Name).Where(n => n.Length >= 2).Distinct(StringComparer.Ordinal))
        {
            if (Surname(full) is { } surname)
            {
                fulls.Add((full, surname));
            }
        }

        if (fulls.Count == 0)
        {
            return;
        }

        var resolved = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < _mentions.Count; i++)
        {
            var (name, span) = _mentions[i];
            if (!resolved.TryGetValue(name, out var owner))
            {
                owner = OnlyOwner(name, fulls);
                resolved[name] = owner;
            }

            if (owner is not null)
            {
                _mentions[i] = (owner, span);
            }
        }
    }

    // The one full name that form is a short form of, or null when none or several.
    private string? OnlyOwner(string form, List<(string Name, string Surname)> fulls)
    {
        string? owner = null;
        foreach (var (full, surname) in fulls)
        {
            if (full != form && ShortFormScore(form, full, surname) > 0)
            {
                if (owner is not null)
                {
                    return null;
                }

                owner = full;
            }
        }

        return owner;
    }

    // A name the earlier steps recognised once is the same person wherever else it is printed in the document.
    private void AddEveryOccurrence(ExtractionContext context)
    {
        var text = context.Text;
        var taken = new bool[text.Length];
        foreach (var (_, span) in _mentions)
        {
            Array.Fill(taken, true, span.Start, span.Length);
        }

        foreach (var name in _mentions.Select(m => m.Name).Where(n => n.Length >= 2).Distinct(StringComparer.Ordinal).ToList())
        {
            for (var i = text.IndexOf(name, StringComparison.Ordinal); i >= 0; i = text.IndexOf(name, i + name.Length, StringComparison.Ordinal))
            {
                var span = new TextSpan(i, i + name.Length);
                if (Array.IndexOf(taken, true, span.Start, span.Length) < 0 && !context.IsChrome(span) && !InsideAnotherName(span))
                {
                    _mentions.Add((name, span));
                    Array.Fill(taken, true, span.Start, span.Length);
                }
            }
        }
    }

    /// <summary>Every person named, by full name.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Where people are named, in text order.</summary>
    public IReadOnlyList<(string Name, TextSpan Span)> Mentions => _mentions;

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
