using PolicyGraph.Lexicon;
using PolicyGraph.Text;

namespace PolicyGraph.Extraction.Entities;

/// <summary>
/// Reads the positions people hold off the title chains before their names: <c>市政府副秘书长，市投资促进局党组书记、
/// 局长杨柳</c> gives three positions at two organisations; titles share the organisation before them; 该集团 and a
/// bare 公司 refer back to the last one named; a government head (副市长, 代县长) is at its level's people's
/// government; a name a chain starts with no organisation word (云遥宇航董事长) is taken as the organisation.
/// Titles after a name (习近平主席) give the national body a head of state or party holds the title at.
/// </summary>
internal sealed partial class PositionStep : IExtractionStep
{
    private readonly EntityLexicon _lexicon;
    private readonly NameReader _names;
    private readonly bool _namesOrganizations;

    /// <summary>
    /// A step reading <paramref name="lexicon"/>'s verbs, which no organisation a chain names holds. Run again after
    /// the model's mentions (<paramref name="namesOrganizations"/> false), it completes the chains the rules left
    /// without a person or an organisation, with the organisations found by then and no new unnamed ones: the words
    /// before a title the model found (问题|教练, 青年|作者) name nothing.
    /// </summary>
    public PositionStep(EntityLexicon lexicon, bool namesOrganizations = true)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = lexicon;
        _names = new NameReader(lexicon);
        _namesOrganizations = namesOrganizations;
    }

    /// <inheritdoc/>
    public void Run(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.Text;
        var place = context.Place;
        var titles = context.Mentions.Where(m => m.Type == MentionType.Title && m.Kind.Length == 0).ToDictionary(m => m.Span.End, m => m);
        var titlesByStart = context.Mentions.Where(m => m.Type == MentionType.Title && m.Kind.Length == 0).GroupBy(m => m.Span.Start).ToDictionary(g => g.Key, g => g.First());
        var roles = context.Mentions.Where(m => m.Type == MentionType.Title && m.Kind == TitleStep.RoleKind).GroupBy(m => m.Span.End).ToDictionary(g => g.Key, g => g.First());
        var seen = new HashSet<(string, string, string)>();
        var held = new HashSet<(string, string)>();
        var state = new ChainState(context, _lexicon) { NamesOrganizations = _namesOrganizations };

        // A second run (after the model's mentions) keeps what the first read and adds only what it could not.
        foreach (var fact in context.Positions)
        {
            seen.Add((fact.Person, fact.Title, fact.Organization));
            held.Add((fact.Person, fact.Title));
            state.PositionsByPersonEnd[fact.PersonSpan.End] = fact;
        }

        void Add(PositionFact fact)
        {
            // 美国总统特朗普和财政部长姆努钦: China's national bodies are held under Chinese names; the short form
            // there is another country's.
            if (fact.Organization.StartsWith(ChinaPrefix, StringComparison.Ordinal) && IsForeignName(fact.Person))
            {
                return;
            }

            if (seen.Add((fact.Person, fact.Title, fact.Organization)))
            {
                context.Positions.Add(fact);
                held.Add((fact.Person, fact.Title));
            }

            // Read again here, the post is here too (for the clauses after it: …，副部长郭子健).
            state.PositionsByPersonEnd[fact.PersonSpan.End] = fact;
        }

        var people = context.Mentions.Where(m => m.Type == MentionType.Person).OrderBy(m => m.Span.Start).ToList();
        var persons = new SpanIndex(text.Length, people.Select(p => p.Span));
        // The posts a chain gave the person whose name ends at an offset, for the names listed after it.
        var chained = new Dictionary<int, List<PositionFact>>();
        // 省长、省总河长郑剑锋: a title only the model read, last in a chain, leaves the chain's rule titles before it theirs.
        var modelTitles = context.Mentions.Where(m => m.Type == MentionType.Title && m.Kind == ModelMentionStep.ModelTitleKind)
            .GroupBy(m => m.Span.End).ToDictionary(g => g.Key, g => g.First());
        foreach (var person in people)
        {
            var last = titles.GetValueOrDefault(person.Span.Start) ?? ListHeadTitle(text, titles, person);
            if (last is not null
                || (modelTitles.TryGetValue(person.Span.Start, out var unread) && unread.Span.Start >= 2 && text[unread.Span.Start - 1] == '、'
                    && titles.TryGetValue(unread.Span.Start - 1, out last)))
            {
                var facts = ReadChain(state, place, titles, last, person);
                foreach (var fact in facts)
                {
                    Add(fact);
                }

                chained[person.Span.End] = facts;

                // 南昌大学副院长陈晓辉教授: an academic title after the name is held where the chain before it is.
                if (titlesByStart.TryGetValue(person.Span.End, out var next) && AcademicTitles.Contains(next.Text) && !held.Contains((person.Canonical, next.Text))
                    && state.PositionsByPersonEnd.TryGetValue(person.Span.End, out var chain))
                {
                    Add(chain with { Title = next.Text, Span = new TextSpan(chain.Span.Start, next.Span.End), Status = PositionStatus.Unspecified });
                }
            }
            else if (person.Span.Start >= 1 && text[person.Span.Start - 1] == '、' && chained.TryGetValue(person.Span.Start - 1, out var listed) && listed.Count > 0)
            {
                // 副主任罗庆华、杨明远、石美兰: the names listed after a chain's holder hold its posts too, those that
                // several hold at once (not 印度尼西亚总统佐科、韩国…).
                var facts = listed.Where(f => IsSharedTitle(f.Title)).Select(f => f with { Person = person.Canonical, PersonSpan = person.Span, Span = new TextSpan(f.Span.Start, person.Span.End) }).ToList();
                foreach (var fact in facts)
                {
                    Add(fact);
                }

                chained[person.Span.End] = facts;
            }
            else if (titlesByStart.TryGetValue(person.Span.End, out var after) && !held.Contains((person.Canonical, after.Text)))
            {
                // 市投资促进局杨柳局长: an organisation right before the name; 习近平主席: the national body.
                var before = state.OrganizationEndingAt(person.Span.Start);
                var body = before is not null ? (before.Canonical, before.Kind) : IsChineseName(person.Canonical) ? NationalBody(after.Text) : null;
                if (body is { } org)
                {
                    var start = before?.Span.Start ?? person.Span.Start;
                    Add(new PositionFact(person.Canonical, person.Span, after.Text, org.Item1, org.Item2, PositionStatus.Unspecified,
                        new TextSpan(start, after.Span.End), Assumed: before is null));
                }
            }

            // 广东纵横天正律师事务所律师刘伟渊, 艾瑞咨询分析师赵旭枫: an occupation written right after an organisation is a
            // post there (村民卢秀英 and 著名律师 name none).
            // 杭州云栖智联科技有限公司首席算法工程师叶清扬, 码头有限公司桥吊司机蒋海波: the words of the role's grade or field
            // between the two are the post's.
            if (roles.TryGetValue(person.Span.Start, out var role) && IsEmploymentRole(role.Text)
                && EmployerBefore(state, role.Span.Start) is { } employer)
            {
                Add(new PositionFact(person.Canonical, person.Span, text[employer.Span.End..role.Span.End], employer.Canonical, employer.Kind,
                    StatusBefore(text, employer.Span.Start), new TextSpan(employer.Span.Start, person.Span.End)));
            }

            foreach (var fact in Appointment(state, place, titlesByStart, person, persons).Concat(SubjectAppointment(state, place, titlesByStart, person, persons)))
            {
                Add(fact);
            }
        }

        foreach (var fact in ReferredAppointments(state, place, titlesByStart, people, persons).Concat(CareerPosts(state, place, titlesByStart, people, persons)))
        {
            Add(fact);
        }

        // 无锡市副市长邵俊杰，无锡高新区党工委副书记、管委会主任，新吴区委副书记、区长严子墨: posts written after a name
        // and its comma that another person's chain reads through are that person's, not the first's.
        // (楼成钧当选会长，川浙…董事长程煜川: a post a verb after the name gives is the name's.)
        context.Positions.RemoveAll(f => f.Span.Start == f.PersonSpan.Start && f.Span.End > f.PersonSpan.End && !StartsWithAppointingVerb(text, f.PersonSpan.End)
            && context.Positions.Any(g => g.Person != f.Person && g.PersonSpan.Start >= f.Span.End && g.Span.Start < f.Span.End && g.Span.End > f.PersonSpan.End));

        // 阮富仲总书记 in an article that also writes 越共中央总书记阮富仲: the title after the name is the one the chain
        // named, not China's.
        context.Positions.RemoveAll(f => f.Assumed
            && context.Positions.Any(o => o.Person == f.Person && o.Title == f.Title && o.Organization != f.Organization && !o.Assumed));
    }

    private static List<PositionFact> ReadChain(ChainState state, DocumentPlace place, Dictionary<int, Mention> titles, Mention last, Mention person)
    {
        var text = state.Context.Text;
        var pending = new List<Mention> { last };
        var assigned = new List<(Mention Title, Mention? Org)>();
        var marked = new Dictionary<Mention, PositionStatus>();
        var cursor = last;
        var chainStart = last.Span.Start;
        while (true)
        {
            var pos = cursor.Span.Start;

            // 国民党前|主席, 军委政治工作部原|主任: a status marker between the organisation and its titles is theirs.
            var (markerLength, markerStatus) = StatusMarkerBefore(text, pos);
            var org = markerLength > 0 ? state.OrganizationEndingAt(pos - markerLength) ?? NamelessOrganization(state, pos - markerLength, cursor.Text) : null;
            if (org is not null)
            {
                foreach (var title in pending)
                {
                    marked[title] = markerStatus;
                }
            }

            org ??= state.OrganizationEndingAt(pos) ?? BackReference(state, pos) ?? SubUnit(state, pos) ?? NamelessOrganization(state, pos, cursor.Text)
                ?? (state.DeclarationEndingAt(pos) is { Declared: true } form ? NamelessOrganization(state, form.Declaration.Start, cursor.Text) : null);

            org ??= ChiefGovernment(text, pos, cursor.Text, place);
            if (org is not null)
            {
                assigned.AddRange(pending.Select(t => (t, (Mention?)org)));
                pending.Clear();
                pos = org.Span.Start;
                chainStart = Math.Min(chainStart, pos);
            }

            if (pos >= 2 && text[pos - 1] is '、' or '兼' or '，' or ',' && titles.TryGetValue(pos - 1, out var previous))
            {
                // 中央政治局委员、国务委员|王毅: a title only one body has takes no organisation from the titles before it.
                if (org is null && (text[pos - 1] is '，' or ',' || pending.Any(t => t.Text == StateCouncilor)))
                {
                    assigned.AddRange(pending.Select(t => (t, (Mention?)null)));
                    pending.Clear();
                }

                pending.Add(previous);
                cursor = previous;
                chainStart = previous.Span.Start;
                continue;
            }

            assigned.AddRange(pending.Select(t => (t, (Mention?)null)));
            break;
        }

        // 某公司副董事长甲，财务总监乙: a chain with no organisation right after the previous person's name shares
        // that person's organisation.
        var shared = SharedOrganization(state, chainStart);
        if (shared is { Kind: "party" } && assigned.All(a => SchoolTitles.Contains(a.Title.Text)) && state.DocumentSchool is { } school
            && shared.Canonical == SchoolCommitteeName(school))
        {
            // 校党委书记甲、校长乙: a president after the school's party secretary is the school's.
            shared = school;
        }

        if (shared is not null)
        {
            for (var i = 0; i < assigned.Count; i++)
            {
                assigned[i] = assigned[i].Org is null ? (assigned[i].Title, shared) : assigned[i];
            }
        }
        else if (assigned.Count > 0 && assigned.All(a => a.Org is null) && ImpliedBody(state, assigned, chainStart) is { } implied)
        {
            for (var i = 0; i < assigned.Count; i++)
            {
                assigned[i] = (assigned[i].Title, implied);
            }
        }

        BareBodies(state, assigned);
        var status = StatusBefore(text, chainStart);
        var facts = new List<PositionFact>();
        foreach (var (title, org) in assigned)
        {
            var (name, kind) = BodyOf(title, org, place);
            if (name.Length == 0)
            {
                continue;
            }

            // 代县长, 代理市长: acting; 代表 is a deputy's office, not an acting one.
            var titleStatus = title.Text.StartsWith('代') && title.Text != "代表" ? PositionStatus.Acting : marked.GetValueOrDefault(title, status);
            var held = title.Text;
            if (SchoolPartyCommittee(state, title, org) is { } committee)
            {
                // 校党委书记: 书记 of the school's party committee (中共…大学委员会), as 市委书记 is of the city's.
                (held, name, kind) = (title.Text[SchoolParty.Length..], committee.Canonical, committee.Kind);
            }

            facts.Add(new PositionFact(person.Canonical, person.Span, held, name, kind, titleStatus, new TextSpan(chainStart, person.Span.End)));
        }

        return facts;
    }

    private const string SchoolParty = "党委";

    private static string SchoolCommitteeName(Mention school) => "中共" + school.Canonical + "委员会";

    // The party committee (中共赣江理工大学委员会, written 校党委) of the school a 校党委 title's 校 refers to, added as
    // a mention the first time; null for any other title or organisation.
    private static Mention? SchoolPartyCommittee(ChainState state, Mention title, Mention? org)
    {
        if (org is not { Text: "校", Kind: "education" } || !title.Text.StartsWith(SchoolParty, StringComparison.Ordinal) || title.Text.Length <= SchoolParty.Length + 1)
        {
            return null;
        }

        // A mention of the text only: the chains read after this one still share the school itself (校党委书记甲、校长乙).
        var span = new TextSpan(org.Span.Start, title.Span.Start + SchoolParty.Length);
        var committee = new Mention(MentionType.Organization, span, span.Of(state.Context.Text), SchoolCommitteeName(org), "party");
        if (!state.Context.Mentions.Contains(committee))
        {
            state.Context.Mentions.Add(committee);
        }

        return committee;
    }

    // The chiefs of rivers and forests (河长制, 林长制) a government's leaders are made at every level.
    private static readonly HashSet<string> ChiefTitles = new(StringComparer.Ordinal) { "总河长", "副总河长", "总林长", "副总林长" };

    // 县委书记、县总河长、县总林长程立峰: a chief of rivers or forests written after a level (省, 市, 县, 区) is at that
    // level's people's government in this document's place.
    private static Mention? ChiefGovernment(string text, int titleStart, string title, DocumentPlace place)
    {
        if (titleStart < 1 || !ChiefTitles.Contains(title) || place.ForPrefix(text[(titleStart - 1)..titleStart]) is not { Length: > 0 } at)
        {
            return null;
        }

        return new Mention(MentionType.Organization, new TextSpan(titleStart - 1, titleStart), text[(titleStart - 1)..titleStart], at + GovernmentBody.PeoplesGovernment, "government");
    }

    // The body a title is held at, given the organisation written before it (null: none): a government head's is
    // its level's government, a title only one body has is that body's; empty when there is none.
    private static (string Name, string Kind) BodyOf(Mention title, Mention? org, DocumentPlace place) =>
        HeadGovernment(title.Text, org, place) is { } headed ? headed
            : GovernmentOf(title.Text, place) is { } government ? government
            : IsGovernmentHead(title.Text) && org?.Kind != "government" ? (string.Empty, string.Empty)
            : title.Text == StateCouncilor ? ("中华人民共和国国务院", "government")
            : title.Text is "国家主席" or "国家副主席" && RulingPartyState(org) is { } state ? (state, "government")
            : title.Text is "国家主席" or "国家副主席" && org is null or { Kind: "party" } ? ("中华人民共和国", "government")
            : org is not null ? (org.Canonical, org.Kind)
            : (string.Empty, string.Empty);

    // 市委常委、宣传部部长, 区委常委、政法委书记: a party department or commission named bare in a chain after its
    // committee's title is that committee's (中共天津市委员会宣传部); 高新区党工委书记、管委会主任: a park's
    // committee named bare after the park or its party committee is the park's (保定高新区管委会).
    private static void BareBodies(ChainState state, List<(Mention Title, Mention? Org)> assigned)
    {
        var parent = assigned.Select(a => a.Org).LastOrDefault(o => o is { Kind: "park" } || o?.Canonical.EndsWith(ParkCommittee, StringComparison.Ordinal) == true
            || (o is { Kind: "party" } && o.Canonical.EndsWith("委员会", StringComparison.Ordinal)));
        if (parent is null)
        {
            return;
        }

        for (var i = 0; i < assigned.Count; i++)
        {
            if (assigned[i].Org is not { } org || org.Span.Start < parent.Span.End || org.Canonical != org.Text
                || QualifiedBy(state, parent, org.Text) is not { } body)
            {
                continue;
            }

            var qualified = org with { Canonical = body.Canonical, Kind = body.Kind };
            state.Replace(org, qualified);
            for (var j = 0; j < assigned.Count; j++)
            {
                if (ReferenceEquals(assigned[j].Org, org))
                {
                    assigned[j] = (assigned[j].Title, qualified);
                }
            }
        }
    }

    // The ruling parties of the other states whose head of state is a 国家主席, and those states: 越共中央总书记、国家主席
    // 阮富仲 is Viet Nam's president, not the party's, nor China's.
    private static readonly (string Party, string State)[] RulingParties =
        [("越南共产党", "越南"), ("老挝人民革命党", "老挝"), ("朝鲜劳动党", "朝鲜"), ("古巴共产党", "古巴")];

    private static string? RulingPartyState(Mention? org) =>
        org is { Kind: "party" } ? RulingParties.FirstOrDefault(p => org.Canonical.StartsWith(p.Party, StringComparison.Ordinal)).State : null;

    private static readonly string[] ParkBodies = ["管委会", "管理委员会", "党工委"];

    private const string ParkCommittee = "党工委";

    private static (string Canonical, string Kind)? QualifiedBy(ChainState state, Mention parent, string bare)
    {
        if (parent.Kind == "park")
        {
            return ParkBodies.Contains(bare) ? (parent.Canonical + bare, bare == ParkCommittee ? "party" : "government") : null;
        }

        // 合肥经开区党工委委员、管委会副主任: the park's committee names the park.
        if (parent.Canonical.EndsWith(ParkCommittee, StringComparison.Ordinal))
        {
            return ParkBodies.Contains(bare) && bare != ParkCommittee ? (parent.Canonical[..^ParkCommittee.Length] + bare, "government") : null;
        }

        return CommitteeDepartment(state.Lexicon, parent.Canonical, bare);
    }

    private const string CommitteeEnd = "委员会";

    // 市委常委、宣传部部长: a party department named bare after its committee is the committee's (中共天津市委员会宣传部).
    private static (string Canonical, string Kind)? CommitteeDepartment(EntityLexicon lexicon, string committee, string bare)
    {
        var body = lexicon.GovernmentBodies.GetValueOrDefault("委" + bare) ?? lexicon.GovernmentBodies.GetValueOrDefault(bare);
        return body is { Kind: "party" } && committee.EndsWith(CommitteeEnd, StringComparison.Ordinal)
            ? (committee[..^CommitteeEnd.Length] + body.Standard, body.Kind)
            : null;
    }

    // 首都师范大学党委书记郑萼|校长孟繁华: also a chain right after the previous person's name, when that name ended
    // their own chain (not 习近平主席|卓越领导, where the title is the name's).
    private static Mention? SharedOrganization(ChainState state, int chainStart)
    {
        if (!(state.PositionsByPersonEnd.TryGetValue(chainStart, out var previous) && previous.Span.End == chainStart)
            && (chainStart < 2 || state.Context.Text[chainStart - 1] is not ('，' or ',' or '、' or '；')
                || !state.PositionsByPersonEnd.TryGetValue(chainStart - 1, out previous)))
        {
            return null;
        }

        return new Mention(MentionType.Organization, previous.Span, previous.Organization, previous.Organization, previous.OrganizationKind);
    }

    // The words a position's status is read from (原, 前, 时任, 现任, 新任, 拟任, 候任).
    private static readonly (string Word, PositionStatus Status)[] StatusMarkers =
    [
        ("时任", PositionStatus.Former), ("现任", PositionStatus.Current), ("新任", PositionStatus.New), ("拟任", PositionStatus.Designate), ("候任", PositionStatus.Designate),
        ("原", PositionStatus.Former), ("前", PositionStatus.Former),
    ];

    // The marker that ends at pos, and its length; with afterName, only one written after a name (国民党前|主席).
    private static (int Length, PositionStatus Status) StatusMarkerBefore(string text, int pos, bool afterName = true)
    {
        foreach (var (word, status) in StatusMarkers)
        {
            var start = pos - word.Length;
            if (start >= 0 && string.CompareOrdinal(text, start, word, 0, word.Length) == 0 && (!afterName || (start >= 1 && ChineseText.IsHan(text[start - 1]))))
            {
                return (word.Length, status);
            }
        }

        return (0, PositionStatus.Unspecified);
    }

    // The status a marker before a whole chain gives its titles (时任|省委书记, 现任|市长).
    private static PositionStatus StatusBefore(string text, int start) => StatusMarkerBefore(text, start, afterName: false).Status;

    // The body of a chain that names none, where the sentence or paragraph before it does:
    // 在台州澜晟医药科技有限公司，……总经理叶思彤说: a company's titles opening a clause are at the one company the
    // sentence, else the paragraph, has named before them;
    // 市人大常委会主任韦德林主持会议，副主任罗庆华…，秘书长岑国辉出席: deputies of a post held earlier in the sentence, and
    // its secretary-general, listed in a clause of their own, are of that post's body.
    private static Mention? ImpliedBody(ChainState state, List<(Mention Title, Mention? Org)> assigned, int chainStart)
    {
        var text = state.Context.Text;
        // 党委副书记、总经理杨文涛: with a company's title, a seat on its party committee is the company's too.
        if (assigned.Any(a => CompanyTitles.Contains(a.Title.Text))
            && assigned.All(a => CompanyTitles.Contains(a.Title.Text) || PartyGroupTitles.Contains(a.Title.Text) || a.Title.Text == "党委书记")
            && IsClauseStart(text, chainStart) && state.OnlyCompanyBefore(chainStart) is { } company)
        {
            return company;
        }

        // 在旧县镇中心卫生院…。院长毛玉珍: the head of an institution named by its last character (院长 of a …院, 所长 of a
        // …所) is of the one such institution the sentence, else the paragraph, has named before.
        if (assigned.Count == 1 && InstitutionHead(assigned[0].Title.Text) is { } kind && IsClauseStart(text, chainStart)
            && state.OnlyOrganizationBefore(chainStart, org => org.Canonical.EndsWith(kind) && org.Kind is not ("government" or "party")) is { } institution)
        {
            return institution;
        }

        // 副校长刘晓东, 党委副书记、校长岳承志: a school's head, and a seat on its party committee written with no body (as a
        // company's 党委书记 is the company's), is of the school the document is about.
        if (assigned.All(a => SchoolTitles.Contains(a.Title.Text) || SchoolPartyTitles.Contains(a.Title.Text)) && IsClauseStart(text, chainStart)
            && state.DocumentSchool is { } school)
        {
            return school;
        }

        if (chainStart == 0 || text[chainStart - 1] is not ('，' or ',') || state.LastPositionInSentence(chainStart) is not { } last)
        {
            return null;
        }

        // 党组书记、部长梁承志…，副部长郭子健: any of the posts the last holder was named with.
        var held = state.Context.Positions.Where(f => f.Person == last.Person).Append(last).ToList();
        // 党组成员、副部长: a seat in the body's party group rides with a post of the same office.
        var head = held.FirstOrDefault(h => assigned.Any(a => SameOffice(a.Title.Text, h.Title))
            && assigned.All(a => SameOffice(a.Title.Text, h.Title) || PartyGroupTitles.Contains(a.Title.Text)));
        return head is null ? null : new Mention(MentionType.Organization, head.Span, head.Organization, head.Organization, head.OrganizationKind);
    }

    // 县委常委：宋启澜、戚嘉禾、叶䶮: a title several hold, written as the head of a list of names after a colon, is the
    // first name's as if written right before it (the names after it take it as listed names do).
    private static Mention? ListHeadTitle(string text, Dictionary<int, Mention> titles, Mention person) =>
        person.Span.Start >= 2 && text[person.Span.Start - 1] is '：' or ':' && titles.TryGetValue(person.Span.Start - 1, out var title)
        && IsSharedTitle(title.Text) && person.Span.End < text.Length && text[person.Span.End] == '、' ? title : null
        ?? RosterHeadTitle(text, titles, person);

    // The longest header above a roster that is searched for, in characters.
    private const int MaxRoster = 600;

    // …第五届委员会委员（13名，按姓氏笔画为序）：\n丁建华　王少锋　方志刚: a name on a roster (lines of names separated by
    // spaces) holds the title its header ends in, before any note in brackets and the colon, where several hold it.
    private static Mention? RosterHeadTitle(string text, Dictionary<int, Mention> titles, Mention person)
    {
        if (!ListLine.InRoster(text, person.Span))
        {
            return null;
        }

        var at = person.Span.Start;
        var floor = Math.Max(0, at - MaxRoster);
        while (at > floor && (ChineseText.IsHan(text[at - 1]) || ListLine.PartsNames(text[at - 1]) || text[at - 1] == '\n' || ChineseText.IsNameDot(text[at - 1])))
        {
            at--;
        }

        if (at == floor || text[at - 1] is not ('：' or ':') || text.AsSpan(at, person.Span.Start - at).IndexOf('\n') < 0)
        {
            return null;
        }

        var end = at - 1;
        if (end > 0 && text[end - 1] is '）' or ')')
        {
            end = text.LastIndexOfAny(['（', '('], end - 1);
        }

        return end > 0 && titles.TryGetValue(end, out var title) && IsSharedTitle(title.Text) ? title : null;
    }

    // Titles several people hold at one body at once: deputies, members, the presidium's chairs.
    private static readonly HashSet<string> SharedTitles = new(StringComparer.Ordinal)
    {
        "委员", "常委", "党组成员", "党委委员", "成员", "执行主席", "常务主席", "董事", "独立董事", "监事", "院士", "教授", "研究员", "代表", "参事",
    };

    private static bool IsSharedTitle(string title) =>
        title.StartsWith('副') || title.StartsWith("常务副", StringComparison.Ordinal) || title.StartsWith("执行副", StringComparison.Ordinal) || SharedTitles.Contains(title);

    // Whether a title listed after the holder of another is of the same body: the same office or its deputy
    // (主任 then 副主任), or the body's secretary-general.
    private static bool SameOffice(string title, string held) =>
        title == "秘书长" || title.TrimStart('副') == held.TrimStart('副');

    // Seats in a body's party group (部长梁承志出席会议并讲话，党组成员、副部长郭子健主持会议).
    private static readonly HashSet<string> PartyGroupTitles = new(StringComparer.Ordinal) { "党组成员", "党组副书记", "党委委员", "党委副书记", "党委常委" };

    // The last character of the institutions a head's title is of: 院长, 副院长 of a …院; 所长 of a …所; 馆长, 站长, 园长.
    private static char? InstitutionHead(string title) =>
        title.TrimStart('副') is [var kind, '长'] && "院所馆站园".Contains(kind, StringComparison.Ordinal) ? kind : null;

    // Titles only a school has.
    private static readonly HashSet<string> SchoolTitles = new(StringComparer.Ordinal) { "校长", "副校长", "常务副校长" };

    // The seats on a school's party committee written before its head's title or alone (党委副书记、校长).
    private static readonly HashSet<string> SchoolPartyTitles = new(StringComparer.Ordinal) { "党委书记", "党委副书记", "党委常委" };

    // Titles only a company has: one of them with no organisation is at the company the paragraph is about.
    private static readonly HashSet<string> CompanyTitles = new(StringComparer.Ordinal)
    {
        "董事长", "副董事长", "总经理", "副总经理", "常务副总经理", "总裁", "副总裁", "执行总裁", "首席执行官", "CEO", "创始人", "联合创始人",
        "董事", "执行董事", "厂长", "副厂长",
    };

    // Occupations that are a post at the organisation written right before them, besides the professions ending in 师
    // (roles.txt has the rest: 村民, 游客).
    private static readonly HashSet<string> EmploymentRoles = new(StringComparer.Ordinal)
    {
        "医生", "护士", "民警", "警察", "经济学家", "教练", "主教练", "店长", "技术员", "班组长", "车间主任", "司机", "驾驶员", "骑手", "快递员",
    };

    // 律师, 工程师, and with their grade or field 高级工程师, 质量工程师, 首席技师, 会计师: a profession is an occupation.
    private static bool IsEmploymentRole(string role) => EmploymentRoles.Contains(role) || role.EndsWith('师');

    // The most characters of a role's grade or field (首席算法, 主创) between an employer and the role.
    private const int MaxRoleModifier = 4;

    // The organisation that ends right before the role, or before a few words of its grade or field with no function
    // word, verb or other mention among them; null when there is none.
    private static Mention? EmployerBefore(ChainState state, int roleStart)
    {
        var text = state.Context.Text;
        for (var at = roleStart; at >= 0 && roleStart - at <= MaxRoleModifier; at--)
        {
            if (state.OrganizationEndingAt(at) is { } employer)
            {
                return employer;
            }

            if (at == 0 || !ChineseText.IsHan(text[at - 1]) || ChineseText.IsFunctionChar(text[at - 1]) || state.Lexicon.Verbs.LongestEndingAt(text, at, 3) > 0
                || state.Taken.AnyEndingAt(at))
            {
                return null;
            }
        }

        return null;
    }

    private const string ChinaPrefix = "中华人民共和国";

    // Titles of rank a scholar carries after the name (陈晓辉教授), at the body of the post before it.
    private static readonly HashSet<string> AcademicTitles = new(StringComparer.Ordinal) { "教授", "副教授", "研究员", "副研究员", "院士", "博导", "讲师" };

    // 国务委员: China's State Council is the only body with the title.
    private const string StateCouncilor = "国务委员";

    // 习近平主席, not 瓦拉德卡总理 or 哈西娜总理: only a Chinese name (a surname and one or two characters) takes a national
    // title after it as China's.
    private bool IsChineseName(string name)
    {
        var surname = _names.SurnameAt(name, 0);
        return surname > 0 && name.Length - surname is 1 or 2 && name.All(ChineseText.IsHan);
    }

    // 财政部长姆努钦, 外交部长让-伊夫·勒德里昂, 国家主席通伦: a name in parts, of transliteration characters, or of two
    // characters with no surname; not three of a surname too rare for the list (教育部长怀进鹏).
    private bool IsForeignName(string name) =>
        !IsChineseName(name) && (!name.All(ChineseText.IsHan) || name.Length <= 2
            || name.Count(c => NameReader.TransliterationChars.Contains(c, StringComparison.Ordinal)) * 3 >= name.Length * 2);

    /// <summary>The body a national title after a name refers to when no organisation is written (习近平主席).</summary>
    private static (string Name, string Kind)? NationalBody(string title) => title switch
    {
        "主席" or "国家主席" => ("中华人民共和国", "government"),
        "总书记" => ("中国共产党中央委员会", "party"),
        "总理" => ("中华人民共和国国务院", "government"),
        _ => null,
    };

    private static bool IsClauseStart(string text, int start) =>
        ChineseText.IsBoundaryAt(text, start - 1) || ChineseText.IsFunctionChar(text[start - 1]);
}
