using PolicyGraph.Lexicon;
using PolicyGraph.Text;

namespace PolicyGraph.Extraction.Entities;

/// <summary>
/// Finds named persons where the context makes a name certain: after an office title or a role (副市长江山,
/// 村民卢秀英), before a title (习近平主席), or before a reporting verb at the start of a clause (许晴说). A name
/// found once is then found wherever else it stands as a name. Never in page chrome, never after 记者 or
/// 编辑 (bylines), never a common word where only a weak context speaks for it.
/// </summary>
internal sealed class PersonStep : IExtractionStep
{
    private static readonly HashSet<string> BylineRoles = new(StringComparer.Ordinal) { "记者", "编辑", "通讯员" };

    // Titles written after the name of the party's or the state's leader, also inside a clause (贯彻习近平总书记…).
    private static readonly HashSet<string> LeaderTitles = new(StringComparer.Ordinal) { "总书记", "主席" };

    private static readonly WordsByFirstChar<string> SpeechCues =
        new(["表示", "说", "指出", "介绍", "认为", "强调", "坦言", "透露", "称", "笑着说", "说道", "直言", "感慨", "建议", "回忆", "补充", "解释", "告诉", "谈到", "宣布", "呼吁"], c => c);

    private readonly EntityLexicon _lexicon;
    private readonly NameReader _names;

    /// <summary>A step reading <paramref name="lexicon"/>.</summary>
    public PersonStep(EntityLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = lexicon;
        _names = new NameReader(lexicon);
    }

    /// <inheritdoc/>
    public void Run(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.Text;
        var taken = new SpanIndex(text.Length, context.Mentions.Where(m => m.Type is MentionType.Organization or MentionType.Title).Select(m => m.Span));
        var found = new List<TextSpan>();
        var foundIndex = new SpanIndex(text.Length);
        var titleEnds = context.Mentions.Where(m => m.Type == MentionType.Title).Select(m => m.Span.End).ToHashSet();
        var organizationEnds = context.Mentions.Where(m => m.Type == MentionType.Organization).Select(m => m.Span.End).ToHashSet();

        void Add(TextSpan span)
        {
            if (span.Length >= 2 && !taken.Overlaps(span) && !foundIndex.Overlaps(span) && !context.IsChrome(span))
            {
                found.Add(span);
                foundIndex.Add(span);
            }
        }

        foreach (var title in context.Mentions.Where(m => m.Type == MentionType.Title).ToList())
        {
            if (BylineRoles.Contains(title.Text))
            {
                continue;
            }

            // 习近平主席|成功对法国进行国事访问, 习近平总书记|曾明确指出: a leader's title written after a name is that
            // name's, and no name follows it.
            var leader = title.Kind.Length == 0 && LeaderTitles.Contains(title.Text)
                && _names.ReadEndingAt(text, title.Span.Start, strict: false, organizationEnds, afterVerb: true) > 0;
            var len = leader ? 0 : _names.ReadAfterTitle(text, title.Span.End, isRole: title.Kind.Length > 0);
            if (len > 0)
            {
                Add(new TextSpan(title.Span.End, title.Span.End + len));

                if (title.Kind.Length == 0)
                {
                    foreach (var listed in ListedAfter(text, title.Span.End + len))
                    {
                        Add(listed);
                    }
                }
            }
            else if (title.Kind.Length == 0 && _names.ReadEndingAt(text, title.Span.Start, strict: false, organizationEnds, afterVerb: LeaderTitles.Contains(title.Text)) is > 0 and var before)
            {
                Add(new TextSpan(title.Span.Start - before, title.Span.Start));
            }
        }

        // After an office title (not a role, not a leader's title, which follows the name and is followed by adverbs:
        // 习近平主席|郑重宣布, 总书记|曾明确指出).
        var speakerStarts = context.Mentions.Where(m => m.Type == MentionType.Title && m.Kind.Length == 0 && !LeaderTitles.Contains(m.Text))
            .Select(m => m.Span.End).ToHashSet();
        for (var i = 0; i < text.Length; i++)
        {
            if (SpeechCueAt(text, i) == 0)
            {
                continue;
            }

            var len = _names.ReadEndingAt(text, i);
            if (len == 0)
            {
                len = _names.ReadBetweenTitleAndCue(text, i, speakerStarts);
            }

            if (len > 0)
            {
                Add(new TextSpan(i - len, i));
            }
        }

        // 任命蒙建峰为…副局长, 免去：\n付建华的…主任职务: the person an appointment names, before 为 or 的.
        foreach (var at in AppointedNameStarts(text))
        {
            if (_names.ReadAfterTitle(text, at) is > 0 and var len && at + len < text.Length && text[at + len] is '为' or '的')
            {
                Add(new TextSpan(at, at + len));
            }
        }

        foreach (var span in ResumeNames(text))
        {
            Add(span);
        }

        // 罗红霞当选为县人民法院院长；马骏当选为…检察长: the person an election names, at a clause's start before the verb.
        foreach (var verb in VerbsAfterTheElected)
        {
            for (var at = text.IndexOf(verb, StringComparison.Ordinal); at >= 0; at = text.IndexOf(verb, at + verb.Length, StringComparison.Ordinal))
            {
                // 祝贺其|当选: a pronoun before the verb names no one.
                if (at > 0 && !ChineseText.IsFunctionChar(text[at - 1]) && _names.ReadEndingAt(text, at) is > 0 and var len)
                {
                    Add(new TextSpan(at - len, at));
                }
            }
        }

        foreach (var span in RosterNames(text))
        {
            Add(span);
        }

        foreach (var span in NamesBeforeTheirPost(text, titleEnds))
        {
            Add(span);
        }

        AddRepeats(text, [.. found.Select(f => f.Of(text))], titleEnds, Add);

        foreach (var span in found.OrderBy(s => s.Start))
        {
            var name = span.Of(text);
            context.Mentions.Add(new Mention(MentionType.Person, span, name, name));
        }
    }

    // 副市长邱婉婷、孟繁宇，…: the names listed with 、 after a title's name, where the list ends as a list of people
    // does: at a clause's end, before a follower, or before 等 and a follower or 人 (not 张明、丰田、福特等企业代表).
    private List<TextSpan> ListedAfter(string text, int at)
    {
        var listed = new List<TextSpan>();
        while (at + 1 < text.Length && text[at] == '、')
        {
            // A Chinese name, or a foreign one in dotted parts: a country after a foreign leader's name (法赫德、塞尔维亚…)
            // is no name.
            var next = _names.ReadAfterTitle(text, at + 1);
            var surname = _names.SurnameAt(text, at + 1);
            if (next == 0 || (text.AsSpan(at + 1, next).IndexOfAny(ChineseText.NameDots) < 0 && (surname == 0 || next > surname + 2)))
            {
                return [];
            }

            listed.Add(new TextSpan(at + 1, at + 1 + next));
            at += 1 + next;
        }

        if (listed.Count == 0 || at >= text.Length)
        {
            return listed;
        }

        var end = text[at] == '等' ? at + 1 : at;
        var ends = end >= text.Length || (end == at && text[at] is '，' or ',' or '。' or '；') || _lexicon.Followers.LongestAt(text, end) > 0
            || (end > at && text[end] is '人' or '同' or '，' or '。');
        return ends ? listed : [];
    }

    // How long a post in brackets after a name may be: 马骁腾（西南科技大学材料与化学学院教授）.
    private const int MaxBracketedPost = 40;

    // 马骁腾（西南科技大学材料与化学学院教授）, 、任志鹏（绵阳市中心医院主任医师）: in a list of people, a name opening its line
    // or item with its post in brackets after it, the post ending in an office title; or opening its line with its
    // posts after a space (ListLine).
    private IEnumerable<TextSpan> NamesBeforeTheirPost(string text, HashSet<int> titleEnds)
    {
        for (var open = text.IndexOf('（'); open > 0; open = text.IndexOf('（', open + 1))
        {
            var close = text.IndexOfAny(['）', '（', '\n'], open + 1, Math.Min(MaxBracketedPost, text.Length - open - 1));
            if (close < 0 || text[close] != '）' || !titleEnds.Contains(close))
            {
                continue;
            }

            var len = _names.ReadEndingAt(text, open, strict: false);
            if (len > 0 && (open - len == 0 || text[open - len - 1] is '\n' or '　' or ' ' or '、' or '：' or '；'))
            {
                yield return new TextSpan(open - len, open);
            }
        }

        // 丁一鸣　常州恒泰精密轴承股份有限公司董事长: a list's line opening with a name, its posts after a space.
        for (var line = 0; line < text.Length; line = text.IndexOf('\n', line) is var next and >= 0 ? next + 1 : text.Length)
        {
            if (ListLine.OpeningWord(text, line, MaxListedName) is not { } name || ListLine.GapAt(text, name.End) is not (> 0 and var spaces)
                || ListLine.PostsEnd(text, name.End + spaces) is not (> 0 and var end) || !titleEnds.Contains(end)
                || _names.ReadEndingAt(text, name.End, strict: false) != name.Length)
            {
                continue;
            }

            yield return name;
        }
    }

    // The longest name a list's line opens with.
    private const int MaxListedName = 4;

    private static readonly string[] Sexes = ["，男，", "，女，"];

    // The longest name a résumé opens with: four characters and a minority's longer names (阿苦日哈, 阿卜杜热合曼).
    private const int MaxResumeName = 7;

    // 唐宇航，男，汉族，1976年3月生, 阿苦日哈，男，彝族: a résumé opens its line with its person's name, its sex and its
    // ethnic group, whatever the name's characters.
    private static IEnumerable<TextSpan> ResumeNames(string text)
    {
        foreach (var sex in Sexes)
        {
            for (var at = text.IndexOf(sex, StringComparison.Ordinal); at >= 0; at = text.IndexOf(sex, at + sex.Length, StringComparison.Ordinal))
            {
                var after = at + sex.Length;
                var group = text.AsSpan(after, Math.Min(5, text.Length - after));
                var ethnic = group.IndexOf('族');
                if (ethnic < 0 || group[..ethnic].ContainsAny("，,。"))
                {
                    continue;
                }

                var start = at;
                while (start > 0 && at - start < MaxResumeName && (ChineseText.IsHan(text[start - 1]) || text[start - 1] == '·'))
                {
                    start--;
                }

                if (at - start >= 2 && (start == 0 || text[start - 1] is '\n' or ' ' or '　' or '\t'))
                {
                    yield return new TextSpan(start, at);
                }
            }
        }
    }

    // Verbs of an election or appointment written after the person (当选为, 被任命为); PositionStep reads the posts
    // after them.
    private static readonly string[] VerbsAfterTheElected = ["当选", "被任命为", "被选举为", "被推选为", "被提名为"];

    // The fewest names a roster line holds.
    private const int MinRoster = 3;

    // 中国共产党…委员会委员（13名，按姓氏笔画为序）：\n丁建华　王少锋　方志刚　卢艳: a line under a list's header (a line
    // ending in a colon) whose words, separated by spaces, are each a whole name, three or more, is a roster.
    private List<TextSpan> RosterNames(string text)
    {
        var roster = new List<TextSpan>();
        var names = new List<TextSpan>();
        var underHeader = false;
        for (var begin = 0; begin < text.Length;)
        {
            var end = text.IndexOf('\n', begin);
            end = end < 0 ? text.Length : end;
            var line = text.AsSpan(begin, end - begin).Trim(" \t\u3000\r");
            if (!line.IsEmpty)
            {
                if (underHeader && RosterLine(text, begin, end, names))
                {
                    roster.AddRange(names);
                }

                underHeader = line[^1] is '：' or ':' || (underHeader && names.Count > 0);
            }

            begin = end + 1;
        }

        return roster;
    }

    // Whether text[begin..end] is a roster line, its names in names (emptied when it is none).
    private bool RosterLine(string text, int begin, int end, List<TextSpan> names)
    {
        names.Clear();
        for (var at = begin; at < end;)
        {
            if (ListLine.PartsNames(text[at]))
            {
                at++;
                continue;
            }

            var word = at;
            while (word < end && !ListLine.PartsNames(text[word]))
            {
                word++;
            }

            if (_names.ReadAfterTitle(text, at) != word - at || _names.SurnameAt(text, at) == 0)
            {
                names.Clear();
                return false;
            }

            names.Add(new TextSpan(at, word));
            at = word;
        }

        if (names.Count < MinRoster)
        {
            names.Clear();
        }

        return names.Count > 0;
    }

    // Where a name an appointment names may start: after a verb of appointment, or at the start of an item line under a
    // list's header.
    private static IEnumerable<int> AppointedNameStarts(string text)
    {
        foreach (var verb in AppointmentList.Verbs)
        {
            for (var at = text.IndexOf(verb, StringComparison.Ordinal); at >= 0; at = text.IndexOf(verb, at + verb.Length, StringComparison.Ordinal))
            {
                yield return at + verb.Length;
            }
        }

        foreach (var item in AppointmentList.Items(text).Keys)
        {
            yield return item;
        }
    }

    // One pass over the text looking up every name found, longest first, so that long input stays linear.
    private void AddRepeats(string text, IReadOnlyCollection<string> names, HashSet<int> titleEnds, Action<TextSpan> add)
    {
        if (names.Count == 0)
        {
            return;
        }

        // A forward trie alone: the lookups below need no set, no backward reading.
        var trie = new CharTrie(names, backwards: false);
        for (var at = 0; at < text.Length; at++)
        {
            var length = trie.Longest(text, at, text.Length - at);
            if (length == 0)
            {
                continue;
            }

            var name = text.Substring(at, length);
            var end = at + length;
            var leftOk = ChineseText.IsBoundaryAt(text, at - 1) || ChineseText.IsFunctionChar(text[at - 1]) || titleEnds.Contains(at);
            var rightOk = _names.EndsName(text, end);
            if (name.Length >= 3 ? leftOk || rightOk : leftOk && rightOk)
            {
                add(new TextSpan(at, end));
            }
        }
    }

    private static int SpeechCueAt(string text, int i) => SpeechCues.TryFirstAt(text, i, out var cue) ? cue.Length : 0;
}
