namespace PolicyGraph.Extraction.Initiatives;

/// <summary>
/// Finds where a name that ends in a head word (…示范区, …博览会) begins: the run of name characters before the
/// head, cut after the rightmost word that never begins a name (加快实施, 总投资…的, 向), with words that may
/// also stand inside a name (发展, 建设, 承接) stripped only from its start.
/// </summary>
internal sealed class PhraseScanner
{
    private const int MaxRun = 32;
    private static readonly string[] Joiners = ["和", "与", "及"];

    private readonly string[] _hard;
    private readonly string[] _soft;
    private readonly string[] _kept;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _hardSet;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _longerStarts;
    private readonly int _longestHard;

    private PhraseScanner(IEnumerable<string> hard, IEnumerable<string> soft, IEnumerable<string> kept)
    {
        _kept = [.. kept];
        var hardSet = new HashSet<string>(hard, StringComparer.Ordinal);
        _hardSet = hardSet.GetAlternateLookup<ReadOnlySpan<char>>();
        _longestHard = hardSet.Count == 0 ? 0 : hardSet.Max(w => w.Length);
        _longerStarts = new HashSet<string>(hard.Concat(soft).Where(w => w.Length > 1), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _hard = [.. hard.OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal)];
        _soft = [.. soft.OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal)];
    }

    /// <summary>The scanner over the embedded leading-word list.</summary>
    public static PhraseScanner Default { get; } = Load();

    /// <summary>Whether <paramref name="c"/> may stand inside a name: CJK, digits, Latin letters and the marks of names (（）·—“”+).</summary>
    public static bool IsNameChar(char c) =>
        c is (>= '\u4e00' and <= '\u9fff') or (>= '0' and <= '9') or (>= 'A' and <= 'Z') or (>= 'a' and <= 'z')
            or (>= '０' and <= '９') or '（' or '）' or '(' or ')' or '·' or '—' or '–' or '-' or '“' or '”' or '‘' or '’' or '+' or '〇';

    /// <summary>Where the run of name characters ending at <paramref name="end"/> begins (at most 32 back).</summary>
    public static int RunStart(string text, int end, int floor = 0)
    {
        var start = end;
        while (start > floor && end - start < MaxRun && IsNameChar(text[start - 1]))
        {
            start--;
        }

        return start;
    }

    /// <summary>Where a name holds whole quotations only: 市委市政府“十项行动 starts after the open mark.</summary>
    public static int BalancedStart(string text, int start, int head)
    {
        var open = new Stack<int>();
        for (var i = start; i < head; i++)
        {
            if (text[i] is '“' or '‘' or '（' or '(')
            {
                open.Push(i);
            }
            else if (text[i] is '”' or '’' or '）' or ')')
            {
                if (open.Count == 0)
                {
                    start = i + 1;
                }
                else
                {
                    open.Pop();
                }
            }
        }

        return open.Count > 0 ? open.Peek() + 1 : start;
    }

    /// <summary>
    /// Where the name whose head starts at <paramref name="head"/> begins, within the run from <paramref name="runStart"/>.
    /// <paramref name="joins"/> says the head joins two things (数字经济与实体经济深度融合), so 和/与/及 stay inside.
    /// </summary>
    public int NameStart(string text, int runStart, int head, bool joins)
    {
        var start = runStart;
        for (var i = head; i > runStart; i--)
        {
            if (HardWordEndingAt(text, i, runStart, joins))
            {
                start = i;
                break;
            }
        }

        for (var stripped = true; stripped && start < head;)
        {
            stripped = false;
            foreach (var soft in _soft)
            {
                if (head - start > soft.Length && string.CompareOrdinal(text, start, soft, 0, soft.Length) == 0 && !(joins && Joiners.Contains(soft)))
                {
                    start += soft.Length;
                    stripped = true;
                    break;
                }
            }
        }

        return start;
    }

    private bool HardWordEndingAt(string text, int end, int floor, bool joins)
    {
        // 投资5亿元|建设…项目: an amount of money is no part of a name.
        if (end - floor >= 2 && text[end - 1] == '元' && (text[end - 2] is '亿' or '万' || char.IsAsciiDigit(text[end - 2])))
        {
            return true;
        }

        for (var length = Math.Min(_longestHard, end - floor); length >= 1; length--)
        {
            var start = end - length;
            // Spans, not substrings: this runs for every length at every offset of a name's run.
            var word = text.AsSpan(start, length);
            // 常态化规范|化专项行动: a word before 化 makes a word of it (规范化), no boundary.
            if ((_hardSet.Contains(word) || (!joins && IsJoiner(word))) && !(length == 1 ? InKeptWord(text, start) : InListedKeptWord(text, start, length))
                && !SuffixedWithHua(text, end))
            {
                return true;
            }
        }

        return false;
    }

    // 规范|化, 常态|化: 化 after a word makes an adjective of it; not 化 that starts a word of its own (制定|化工, 和|化解).
    private static bool SuffixedWithHua(string text, int end) =>
        end < text.Length && text[end] == '化' && !(end + 1 < text.Length && "工解肥学石妆纤验".Contains(text[end + 1], StringComparison.Ordinal));

    private static bool IsJoiner(ReadOnlySpan<char> word)
    {
        foreach (var joiner in Joiners)
        {
            if (word.SequenceEqual(joiner))
            {
                return true;
            }
        }

        return false;
    }

    // A one-character word inside a longer word that is not a boundary: 由 in 自由, 对 in 对外.
    private bool InKeptWord(string text, int offset)
    {
        for (var length = 2; length <= 5 && offset + length <= text.Length; length++)
        {
            if (_longerStarts.Contains(text.AsSpan(offset, length)))
            {
                return true;
            }
        }

        return InListedKeptWord(text, offset, 1);
    }

    // A hard word inside a word the list keeps (由 in 自由, 深化 in 改革深化: 国企改革深化提升行动).
    private bool InListedKeptWord(string text, int offset, int length)
    {
        foreach (var kept in _kept)
        {
            for (var j = kept.IndexOf(text[offset], StringComparison.Ordinal); j >= 0 && j + length <= kept.Length; j = kept.IndexOf(text[offset], j + 1))
            {
                var start = offset - j;
                if (start >= 0 && start + kept.Length <= text.Length && string.CompareOrdinal(text, start, kept, 0, kept.Length) == 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static PhraseScanner Load()
    {
        var rows = WordList.Rows("Initiatives/leading-words.txt");
        return new PhraseScanner(
            rows.Where(r => r.Length < 2 || r[1] == "hard").Select(r => r[0]),
            rows.Where(r => r.Length > 1 && r[1] == "soft").Select(r => r[0]),
            rows.Where(r => r.Length > 1 && r[1] == "keep").Select(r => r[0]));
    }
}
