using PolicyGraph.Lexicon;
using PolicyGraph.Text;

namespace PolicyGraph.Extraction.Entities;

internal sealed partial class PositionStep
{
    // Words that refer back to an organisation just named, and what the organisation's name must contain.
    private static readonly (string Word, string Key)[] References =
    [
        ("该集团", "集团"), ("集团公司", "集团"), ("该公司", "公司"), ("本公司", "公司"), ("该委", "委"), ("该局", "局"), ("该厅", "厅"), ("该院", "院"),
        ("该行", "行"), ("该会", "会"), ("该校", "学"), ("分公司", "分公司"), ("集团", "集团"), ("公司", "公司"), ("协会", "协会"),
        ("商会", "商会"), ("学会", "学会"), ("研究院", "研究院"), ("学院", "学院"), ("合作社", "合作社"), ("学校", "学"), ("实验室", "实验室"),
    ];

    private const int ReferenceReach = 3000;

    // A school's bodies whose titles 校 may stand before: 校党委书记, 校纪委书记, 校团委书记.
    private static readonly string[] SchoolBodies = ["党委", "纪委", "团委"];

    private static readonly string[] Branches = ["分公司", "子公司", "分行", "支行", "分院", "分厂", "工厂"];

    private static Mention? BackReference(ChainState state, int pos)
    {
        var text = state.Context.Text;

        // 校党委书记王建平: the school's own party committee, of the school the document is about.
        if (pos >= 1 && text[pos - 1] == '校' && IsClauseStart(text, pos - 1) && ChineseText.StartsWithAny(text, pos, SchoolBodies)
            && state.DocumentSchool is { } school)
        {
            return school with { Span = new TextSpan(pos - 1, pos), Text = "校" };
        }

        foreach (var (word, key) in References)
        {
            var start = pos - word.Length;
            if (start < 0 || string.CompareOrdinal(text, start, word, 0, word.Length) != 0 || !IsClauseStart(text, start))
            {
                continue;
            }

            // 集团党委委员陈思远: the group, not a branch of it named since (…集团有限责任公司绵阳分公司).
            var target = state.LastOrganizationBefore(start, ReferenceReach, m => m.Canonical.Contains(key, StringComparison.Ordinal)
                && !(key == "集团" && Branches.Any(b => m.Canonical.EndsWith(b, StringComparison.Ordinal))));
            return target is null ? null : target with { Span = new TextSpan(start, pos), Text = word };
        }

        return null;
    }

    // Whether a word of verbs (two or three characters) ends inside span.
    private static bool Holds(WordSet verbs, string text, TextSpan span)
    {
        for (var end = span.Start + 2; end <= span.End; end++)
        {
            if (verbs.LongestEndingAt(text, end, Math.Min(3, end - span.Start)) > 0)
            {
                return true;
            }
        }

        return false;
    }

    // Titles only a state holds (新加坡|总理, 法国|总统, 牙买加驻华|大使): the words before them name a government.
    private static readonly WordSet StateTitles = new(["总统", "总理", "首相", "议长", "外长", "国务卿", "总督", "国家主席", "国家副主席", "大使", "大臣", "参议员", "众议员", "行政长官"]);

    private static bool IsStateTitle(string? title)
    {
        var head = title is ['副', .. var rest] ? rest : title;
        return head is not null && StateTitles.LongestAt(head, 0) > 0;
    }

    // A meeting's words that name the meeting, not a body, before a title (大会|执行主席, 会议|主席).
    private static readonly HashSet<string> BareMeetings = new(StringComparer.Ordinal) { "大会", "会议", "全会", "论坛", "峰会", "年会", "本次大会", "本届大会", "此次大会" };

    // Prepositions that open the words naming an organisation and are in no name of one.
    private const string ClausePrepositions = "据向对由被让把给跟从在";

    // 云遥宇航董事长李峰辉: a chain at the start of a clause whose first title has no organisation word before it
    // names the organisation by the words between the clause start and the title, unless they hold a verb that
    // governs names: they are then a clause (深入学习贯彻习近平|总书记关于…), not a name.
    // title is the title starting at pos, if one does.
    private static Mention? NamelessOrganization(ChainState state, int pos, string? title)
    {
        if (!state.NamesOrganizations)
        {
            return null;
        }

        var context = state.Context;
        var text = context.Text;
        var start = pos;
        while (start > 0 && pos - start < 12 && (ChineseText.IsHan(text[start - 1]) || ChineseText.IsNameInner(text[start - 1]))
            && !ChineseText.IsFunctionChar(text[start - 1]))
        {
            start--;
        }

        // 据|美国驻华大使馆副领事, 局长邱宣与|比亚迪执行副总裁: a preposition starts the name, and so does any function
        // word, or 以及, right after another mention (not 阿尔及|利亚), or a verb that governs names with 了 (会见了|新加坡驻华大使).
        if (pos - start < 2 || !ChineseText.IsHan(text[start])
            || !(ChineseText.IsBoundaryAt(text, start - 1) || ClausePrepositions.Contains(text[start - 1], StringComparison.Ordinal)
                || (ChineseText.IsFunctionChar(text[start - 1]) && state.Taken.AnyEndingAt(start - 1))
                || (start >= 2 && text.AsSpan(start - 2, 2) is "以及" && state.Taken.AnyEndingAt(start - 2))
                || (start >= 3 && text[start - 1] == '了' && state.Lexicon.GoverningVerbs.LongestEndingAt(text, start - 1, 3) > 0)))
        {
            return null;
        }

        // 此外|法国总统, 时任|英国首相: the name starts after the last word that opens a clause.
        for (var end = pos - 1; end > start; end--)
        {
            if (state.Lexicon.OrganizationLeftStops.LongestEndingAt(text, end, Math.Min(3, end - start)) > 0)
            {
                start = end;
                break;
            }
        }

        start = OrganizationStep.AfterInvitation(text, start, pos);

        if (pos - start < 2)
        {
            return null;
        }

        var span = new TextSpan(start, pos);
        if (state.Taken.Overlaps(span) || context.IsChrome(span))
        {
            return null;
        }

        // 时任|市长: a status marker alone names no organisation.
        // 决定解除|总统: before a state's title (a country, a government) no verb at all.
        if (Holds(state.Lexicon.GoverningVerbs, text, span) || StatusMarkerBefore(text, pos, afterName: false).Length == span.Length
            || (IsStateTitle(title) && Holds(state.Lexicon.Verbs, text, span)))
        {
            return null;
        }

        // 第三任|校长, 首任|会长, 希望新一任|行政长官: an ordinal of the post names no organisation; nor does a
        // description of bodies (学校相关职能部门和学院|负责人), nor a meeting's word alone (大会|执行主席).
        var name = span.Of(text);
        if (name[^1] == '任' || name.Contains("相关", StringComparison.Ordinal) || BareMeetings.Contains(name))
        {
            return null;
        }

        // 联合建设|集团有限公司|董事长 (the name's start cut at a word that opens clauses): an organisation word with
        // only descriptors before it names no body (a bare one, 管委会|主任, is the article's); 第四届理事会|会长,
        // 第十八届中央|委员: nor does a word or two after the ordinal of a term (第十三届全运会组委会 names one).
        if ((state.Lexicon.IsBareHead(name) && state.Lexicon.OrganizationSuffixes.LongestEndingAt(name, name.Length) < name.Length)
            || (ChineseText.OrdinalEndAt(name, 0, name.Length) is { } ordinal && (name.Length - ordinal <= 3 || state.Lexicon.IsBareHead(name[ordinal..]))))
        {
            return null;
        }

        // 美国国防|部长, 法国外交|部长: a ministry whose last character the head's title shares (another country's: a
        // Chinese one is found by name). 伊拉克前国防部长: a status marker before the ministry is no part of its name.
        if (title is { Length: 2 } && OrganizationStep.SharesHead(text, pos, pos + 1) && BodyEndingAt(state.Lexicon, name + text[pos]) is > 0 and var body)
        {
            var country = name.Length + 1 - body;
            var marked = country > 0 && name[country - 1] is '前' or '原';
            if (marked && country == 1)
            {
                return null;
            }

            var ministry = new TextSpan(start, pos + 1);
            var written = ministry.Of(text);
            var shared = new Mention(MentionType.Organization, ministry, written, marked ? written.Remove(country - 1, 1) : written, "government");
            state.AddOrganization(shared);
            return shared;
        }

        // 原|柳州市副市长, 时任|郑州市长: a status marker before the whole chain is no part of the name (the chain's
        // status reads it).
        foreach (var (word, _) in StatusMarkers)
        {
            if (name.Length > word.Length + 1 && name.StartsWith(word, StringComparison.Ordinal))
            {
                span = new TextSpan(span.Start + word.Length, span.End);
                name = span.Of(text);
                break;
            }
        }

        var kind = name[0] is '市' or '省' or '区' or '县' || IsStateTitle(title) ? "government"
            : name.EndsWith('村') || name.EndsWith("社区", StringComparison.Ordinal) ? "other"
            : "company";

        // 宁州镇|镇长, 偃师区|区长, 郑州|市长: a town, county or city before its head's title is named for its
        // people's government. 比亚迪|董事长 after 比亚迪股份有限公司: a company's short name is the full one the
        // article gives.
        var mention = title is not null && (TownGovernment(title, name, context.Place) ?? PlaceGovernment(title, name, context.Place)) is { } government
            ? new Mention(MentionType.Organization, span, name, government.Name, government.Kind)
            : kind == "company" && FullCompanyName(context, name) is { } full
                ? new Mention(MentionType.Organization, span, name, full.Canonical, full.Kind)
                : new Mention(MentionType.Organization, span, name, Mission(SpecialRegion(name), title), kind);
        state.AddOrganization(mention);
        return mention;
    }

    private static int BodyEndingAt(EntityLexicon lexicon, string name) =>
        Math.Max(lexicon.KnownForms.LongestEndingAt(name, name.Length), lexicon.BodyForms.LongestEndingAt(name, name.Length));

    // 罗马尼亚驻华|大使, 中国驻希腊|大使: a diplomat is posted at the mission, named as such.
    private static string Mission(string name, string? title)
    {
        var at = name.IndexOf('驻', StringComparison.Ordinal);
        if (at < 1 || at > name.Length - 2 || title is null)
        {
            return name;
        }

        var head = title.StartsWith('副') ? title[1..] : title;
        return head switch
        {
            "大使" or "公使" or "参赞" or "武官" => name + "大使馆",
            "总领事" or "领事" => name + "总领事馆",
            _ => name,
        };
    }

    // 香港特区 is 香港特别行政区, as the region's own name has it.
    private static string SpecialRegion(string name) =>
        name is "香港特区" or "澳门特区" ? name[..2] + "特别行政区" : name;

    // The one company the article names in full whose name starts with the short one (比亚迪股份有限公司 for 比亚迪).
    private static Mention? FullCompanyName(ExtractionContext context, string name)
    {
        Mention? found = null;
        foreach (var org in context.Mentions)
        {
            if (org.Type == MentionType.Organization && org.Kind == "company" && org.Text.Length > name.Length + 1
                && org.Text.StartsWith(name, StringComparison.Ordinal))
            {
                if (found is not null && found.Canonical != org.Canonical)
                {
                    return null;
                }

                found = org;
            }
        }

        return found;
    }
}
