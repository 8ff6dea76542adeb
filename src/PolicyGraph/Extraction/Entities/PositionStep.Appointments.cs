using PolicyGraph.Text;

namespace PolicyGraph.Extraction.Entities;

internal sealed partial class PositionStep
{
    // The verbs of an appointment before a name, the word that links the name to the post, and the status the post
    // then has: 任命张建华为…主任 (new), 免去李国强的…主任职务 (former), 提名王伟为…人选 (designate).
    private static readonly (string Verb, string Link, PositionStatus Status)[] Appointments =
    [
        ("任命", "为", PositionStatus.New), ("聘任", "为", PositionStatus.New), ("免去", "的", PositionStatus.Former), ("免去", "", PositionStatus.Former),
        ("提名", "为", PositionStatus.Designate), ("补选", "为", PositionStatus.New), ("选举", "为", PositionStatus.New),
    ];

    // 任命张建华为市发展和改革委员会主任, 免去李国强的市发展和改革委员会主任、党组书记职务: the posts an appointment
    // names after the person, each title at the organisation written before it or before the titles it follows.
    private static IEnumerable<PositionFact> Appointment(ChainState state, DocumentPlace place, Dictionary<int, Mention> titlesByStart, Mention person,
        SpanIndex persons)
    {
        var text = state.Context.Text;
        var listed = state.ListItems.GetValueOrDefault(person.Span.Start);
        // 补选赵明远、吴佳慧为…副市长: names listed with 、 share the verb before the first and the posts after the last.
        var listStart = ListStart(text, person.Span.Start, persons);
        var (listEnd, _) = AfterListedNames(text, person.Span.End, persons);
        foreach (var (verb, link, status) in Appointments)
        {
            // 决定任命：\n龙海涛为…副市长: an item of a list takes the verb of its header.
            var verbStart = listStart - verb.Length;
            var linkEnd = listEnd + link.Length;
            if ((listed != verb && (verbStart < 0 || string.CompareOrdinal(text, verbStart, verb, 0, verb.Length) != 0))
                || linkEnd > text.Length || string.CompareOrdinal(text, listEnd, link, 0, link.Length) != 0)
            {
                continue;
            }

            return Posts(state, place, titlesByStart, person, linkEnd, status, persons, out _, ElectionVerbs.Contains(verb) ? state.ElectingBody : null);
        }

        return [];
    }

    // The verbs of an appointment after the person it appoints, and the status the post then has: 刘宝山同志任…董事长
    // (new), 现任…校长 (current), 拟任…校长 (designate), 辞去…副市长职务 (former), 担任…董事长 (as written). Longest first.
    private static readonly (string Verb, PositionStatus Status)[] SubjectAppointments =
    [
        ("被任命为", PositionStatus.New), ("被提名为", PositionStatus.Designate), ("被推选为", PositionStatus.New), ("被选举为", PositionStatus.New),
        ("当选为", PositionStatus.New), ("被选为", PositionStatus.New), ("当选", PositionStatus.New),
        ("担任", PositionStatus.Unspecified), ("兼任", PositionStatus.Unspecified), ("出任", PositionStatus.New), ("升任", PositionStatus.New),
        ("调任", PositionStatus.New), ("现任", PositionStatus.Current), ("拟任", PositionStatus.Designate), ("曾任", PositionStatus.Former),
        ("历任", PositionStatus.Former), ("辞去", PositionStatus.Former), ("任", PositionStatus.New),
    ];

    // Whether one of the verbs above starts at at, or after 等15人 there.
    private static bool StartsWithAppointingVerb(string text, int at)
    {
        at += OthersLength(text, at);
        return SubjectAppointments.Any(a => string.CompareOrdinal(text, at, a.Verb, 0, a.Verb.Length) == 0);
    }

    // The verbs above that elect (and 选举, 补选 before the name): a post elected at a meeting that names no body is the
    // post of the body whose congress the document reports (楼成钧当选会长 at 四川省浙江商会…第五届会员大会).
    private static readonly HashSet<string> ElectionVerbs = new(StringComparer.Ordinal) { "被推选为", "被选举为", "当选为", "被选为", "当选", "选举", "补选" };

    // Verbs a biography writes after the person's particulars (王学勤，男，汉族，…，现任省科学技术厅副厅长).
    private static readonly string[] BiographyVerbs = ["现任", "拟任", "担任", "兼任"];

    // Words between a name and what is said of the person (刘宝山同志任…, 刘积仁先生现任…, 黎晓峰此前任…).
    private static readonly string[] Honorifics = ["同志", "先生", "女士", Earlier];

    private const string Earlier = "此前";

    private const int MaxBiography = 160;

    // How far back 该同志 refers to the person a biography is about.
    private const int MaxReference = 200;

    // 刘宝山同志任岳阳市水利建设投资有限公司董事长, 谢毅担任通威太阳能董事长: the posts a verb after the person names.
    // 吴银龙：华陆工程科技有限责任公司董事长, 舒东波，合肥市第十一中学校长，…: the posts set beside the name.
    // 赵家平：男，…，现任平昌县大寨小学党支部书记、校长: in a biography the verb may follow the person's particulars in
    // the same sentence, with no other person named between.
    private static IEnumerable<PositionFact> SubjectAppointment(ChainState state, DocumentPlace place, Dictionary<int, Mention> titlesByStart, Mention person,
        SpanIndex persons)
    {
        var text = state.Context.Text;
        var at = person.Span.End;
        var earlier = false;
        foreach (var word in Honorifics)
        {
            if (string.CompareOrdinal(text, at, word, 0, word.Length) == 0)
            {
                at += word.Length;
                earlier = word == Earlier;
                break;
            }
        }

        // 周晓婷、高原、白雪（兼职）当选团省委副书记: the names listed before the verb share the posts several hold at once.
        var (afterList, listed) = AfterListedNames(text, at, persons);

        // 程煜川等15人当选常务副会长: others the text does not name share the post.
        if (OthersLength(text, afterList) is > 0 and var others)
        {
            (afterList, listed) = (afterList + others, true);
        }

        if (afterList != at && PostsOfVerb(state, place, titlesByStart, person, afterList, persons) is { } verbPosts)
        {
            return listed ? verbPosts.Where(p => IsSharedTitle(p.Title)) : verbPosts;
        }

        // 黎晓峰此前任…区长: a post held before.
        var posts = PostsAfter(state, place, titlesByStart, person, at, persons);
        return earlier ? posts.Select(p => p with { Status = PositionStatus.Former }) : posts;
    }

    // The length of 等15人, 等三名同志 at at (others not named), or 0.
    private static int OthersLength(string text, int at)
    {
        if (at + 2 >= text.Length || text[at] != '等')
        {
            return 0;
        }

        var i = at + 1;
        while (i < text.Length && ChineseText.IsNumeral(text[i]))
        {
            i++;
        }

        if (i == at + 1 || i >= text.Length)
        {
            return 0;
        }

        var unit = text.AsSpan(i).StartsWith("名同志") ? 3 : text.AsSpan(i).StartsWith("位同志") ? 3 : text[i] is '人' or '名' or '位' ? 1 : 0;
        return unit > 0 ? i + unit - at : 0;
    }

    // Where the names listed with 、 before the name at start begin (赵明远、|吴佳慧): start when none is.
    private static int ListStart(string text, int start, SpanIndex persons)
    {
        while (start >= 2 && text[start - 1] == '、' && persons.AnyEndingAt(start - 1))
        {
            var before = start - 1;
            while (before > 0 && persons.Covers(before - 1))
            {
                before--;
            }

            start = before;
        }

        return start;
    }

    // Past the names listed with 、 after a name, and a note in brackets after each (白雪（兼职）); whether any name was passed.
    private static (int End, bool Listed) AfterListedNames(string text, int at, SpanIndex persons)
    {
        var listed = false;
        while (at < text.Length)
        {
            if (text[at] is '（' or '(' && text.IndexOfAny(['）', ')'], at) is var close and > 0 && close - at <= 6)
            {
                at = close + 1;
            }
            else if (text[at] == '、' && persons.Covers(at + 1))
            {
                var end = at + 1;
                while (end < text.Length && persons.Covers(end))
                {
                    end++;
                }

                if (!persons.AnyEndingAt(end))
                {
                    break;
                }

                at = end;
                listed = true;
            }
            else
            {
                break;
            }
        }

        return (at, listed);
    }

    // 经研究，该同志拟任昆明理工大学党委副书记、校长: 该同志 is the person the biography before it is about, the last
    // named before it.
    private static IEnumerable<PositionFact> ReferredAppointments(ChainState state, DocumentPlace place, Dictionary<int, Mention> titlesByStart,
        List<Mention> people, SpanIndex persons)
    {
        const string reference = "该同志";
        var text = state.Context.Text;
        for (var at = text.IndexOf(reference, StringComparison.Ordinal); at >= 0; at = text.IndexOf(reference, at + 1, StringComparison.Ordinal))
        {
            var person = people.LastOrDefault(p => p.Span.End <= at && at - p.Span.End <= MaxReference);
            if (person is not null)
            {
                foreach (var fact in PostsAfter(state, place, titlesByStart, person, at + reference.Length, persons))
                {
                    yield return fact;
                }
            }
        }
    }

    private static List<PositionFact> PostsAfter(ChainState state, DocumentPlace place, Dictionary<int, Mention> titlesByStart, Mention person, int at,
        SpanIndex persons)
    {
        var text = state.Context.Text;
        if (PostsOfVerb(state, place, titlesByStart, person, at, persons) is { } verbPosts)
        {
            return verbPosts;
        }

        // 丁一鸣　常州恒泰精密轴承股份有限公司董事长: a list's line, the name's posts after a space and up to the line's end.
        if (ListLine.OpensAt(text, person.Span.Start) && ListLine.GapAt(text, at) is > 0 and var gap)
        {
            var lineEnd = ListLine.PostsEnd(text, at + gap);
            var listed = Posts(state, place, titlesByStart, person, at + gap, PositionStatus.Unspecified, persons, out var listedEnd);
            if (listedEnd == lineEnd)
            {
                return listed;
            }

            // 何劲松　四川蜀峰重型装备有限公司　首席技师: a table's row, the unit and the post each in a cell of its own.
            if (state.OrganizationStartingAt(at + gap) is { } unit && ListLine.GapAt(text, unit.Span.End) is > 0 and var cell
                && titlesByStart.TryGetValue(unit.Span.End + cell, out var title) && title.Span.End == lineEnd && BodyOf(title, unit, place) is { Name.Length: > 0 } body)
            {
                return [new PositionFact(person.Canonical, person.Span, title.Text, body.Name, body.Kind, PositionStatus.Unspecified, new TextSpan(person.Span.Start, title.Span.End))];
            }

            return [];
        }

        if (at >= text.Length || text[at] is not ('，' or '：' or ':' or '（'))
        {
            return [];
        }

        // 舒东波，合肥市第十一中学校长，中学高级物理教师: the posts right after the name that end the clause (not
        // 古特雷斯，上海合作组织秘书长、…执委会主任等…负责人, a list the chain reads only the start of).
        var beside = Posts(state, place, titlesByStart, person, at + 1, PositionStatus.Unspecified, persons, out var end);
        if (beside.Count > 0 && (end >= text.Length || text[end] is '，' or ',' or '。' or '；' or '\n' or '）' or ')'))
        {
            return beside;
        }

        var all = new List<PositionFact>();
        for (var pos = at; pos < text.Length && pos - at < MaxBiography && text[pos] is not ('。' or '\n' or '；'); pos++)
        {
            if (persons.Covers(pos))
            {
                break;
            }

            if (text[pos] is not ('，' or ','))
            {
                continue;
            }

            foreach (var verb in BiographyVerbs)
            {
                if (string.CompareOrdinal(text, pos + 1, verb, 0, verb.Length) == 0)
                {
                    all.AddRange(Posts(state, place, titlesByStart, person, pos + 1 + verb.Length, SubjectAppointments.First(a => a.Verb == verb).Status, persons, out _));
                }
            }
        }

        return all;
    }

    // The posts an appointing verb at <at> gives the person (任…董事长, 当选为…副省长); null where no verb is there or it names none.
    private static List<PositionFact>? PostsOfVerb(ChainState state, DocumentPlace place, Dictionary<int, Mention> titlesByStart, Mention person, int at,
        SpanIndex persons)
    {
        var text = state.Context.Text;
        foreach (var (verb, written) in SubjectAppointments)
        {
            if (string.CompareOrdinal(text, at, verb, 0, verb.Length) == 0)
            {
                // 中共中央决定：王伟中同志任内蒙古自治区党委书记 is an appointment; 一九六二年，江泽民同志调任… a
                // biography's past, whose post the verb alone does not date.
                var status = written == PositionStatus.New && !DecidedBefore(text, person.Span.Start) ? PositionStatus.Unspecified : written;
                var facts = Posts(state, place, titlesByStart, person, at + verb.Length, status, persons, out _, ElectionVerbs.Contains(verb) ? state.ElectingBody : null);
                if (facts.Count > 0)
                {
                    return facts;
                }
            }
        }

        return null;
    }

    private static readonly string[] Decisions = ["决定", "任命", "批准"];

    // Whether the sentence before pos says a body decided what follows (中共中央决定：…).
    private static bool DecidedBefore(string text, int pos)
    {
        var start = pos;
        while (start > 0 && text[start - 1] is not ('。' or '\n' or '；'))
        {
            start--;
        }

        return Decisions.Any(word => text.IndexOf(word, start, pos - start, StringComparison.Ordinal) >= 0);
    }

    // The posts named from pos on: titles, each at the organisation written before it or before the titles it follows;
    // after a comma, more posts (现任中国酿协酒精分会副理事长，河南省酒精协会会长). Posts that end at a name are that
    // person's (会见张三，现任市长李四陪同), and end the reading.
    // elected: the body a title naming none is at, after a verb of election.
    private static List<PositionFact> Posts(ChainState state, DocumentPlace place, Dictionary<int, Mention> titlesByStart, Mention person, int pos,
        PositionStatus status, SpanIndex persons, out int end, Mention? elected = null)
    {
        var text = state.Context.Text;
        var facts = new List<PositionFact>();
        end = pos;
        while (true)
        {
            var segment = Segment(state, place, titlesByStart, person, pos, status, out var segmentEnd, elected);
            if (segmentEnd == pos || NamesSomeoneBeforeClauseEnd(text, segmentEnd, persons))
            {
                return facts;
            }

            facts.AddRange(segment);
            end = segmentEnd;
            if (end + 1 >= text.Length || text[end] is not ('，' or ','))
            {
                return facts;
            }

            pos = end + 1;

            // 任命刘建华为…局长，免去其…局长职务: the same person's posts, left.
            foreach (var removal in Removals)
            {
                if (string.CompareOrdinal(text, pos, removal, 0, removal.Length) == 0)
                {
                    pos += removal.Length;
                    status = PositionStatus.Former;
                    break;
                }
            }
        }
    }

    private static readonly string[] Removals = ["同时免去其", "免去其"];

    // 彭丽媛，中共中央政治局委员、中央书记处书记、中央办公厅主任丁薛祥: posts whose clause goes on to a name are
    // that name's, however much of the chain was read.
    private static bool NamesSomeoneBeforeClauseEnd(string text, int pos, SpanIndex persons)
    {
        for (; pos < text.Length && text[pos] is not ('，' or ',' or '。' or '；' or '\n' or '：'); pos++)
        {
            if (persons.Covers(pos))
            {
                return true;
            }
        }

        return false;
    }

    // 拟任融安县委常委、宣传部部长: a party department named bare after its committee's title, right before a title of
    // its own, is that committee's (中共融安县委员会宣传部).
    private static Mention? DepartmentAt(ChainState state, Dictionary<int, Mention> titlesByStart, Mention committee, int pos)
    {
        if (committee.Kind != "party")
        {
            return null;
        }

        var text = state.Context.Text;
        for (var length = 2; length <= 4 && pos + length < text.Length; length++)
        {
            var bare = text.Substring(pos, length);
            if (titlesByStart.ContainsKey(pos + length) && CommitteeDepartment(state.Lexicon, committee.Canonical, bare) is { } body)
            {
                var department = new Mention(MentionType.Organization, new TextSpan(pos, pos + length), bare, body.Canonical, body.Kind);
                state.AddOrganization(department);
                return department;
            }
        }

        return null;
    }

    // One run of posts from pos: organisations and titles joined by 、 or 兼.
    private static List<PositionFact> Segment(ChainState state, DocumentPlace place, Dictionary<int, Mention> titlesByStart, Mention person, int pos,
        PositionStatus status, out int end, Mention? elected = null)
    {
        var text = state.Context.Text;
        var facts = new List<PositionFact>();
        Mention? org = null;
        end = pos;
        while (pos < text.Length)
        {
            if (state.OrganizationStartingAt(pos) is { } named)
            {
                org = named;
                pos = named.Span.End;
            }
            else if (org is not null && DepartmentAt(state, titlesByStart, org, pos) is { } department)
            {
                org = department;
                pos = department.Span.End;
            }

            if (!titlesByStart.TryGetValue(pos, out var title))
            {
                break;
            }

            var (name, kind) = BodyOf(title, org, place);
            if (name.Length == 0 && org is null && elected is not null)
            {
                (name, kind) = (elected.Canonical, elected.Kind);
            }
            else if (name.Length == 0 && org is null && state.LastPositionInSentence(person.Span.Start) is { } earlier && SameOffice(title.Text, earlier.Title))
            {
                // 段丽华当选为省妇联主席，玉香罕…当选为副主席: a deputy of a post given earlier in the sentence is of its body.
                (name, kind) = (earlier.Organization, earlier.OrganizationKind);
            }

            if (name.Length > 0)
            {
                var start = Math.Min(org?.Span.Start ?? title.Span.Start, person.Span.Start);
                facts.Add(new PositionFact(person.Canonical, person.Span, title.Text, name, kind, status, new TextSpan(start, Math.Max(title.Span.End, person.Span.End))));
            }

            end = title.Span.End;
            pos = end < text.Length && text[end] is '、' or '兼' ? end + 1 : end; // 董事长兼总裁
        }

        return facts;
    }
}
