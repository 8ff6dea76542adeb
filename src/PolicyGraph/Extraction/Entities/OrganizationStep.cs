using PolicyGraph.Lexicon;
using PolicyGraph.Lexicon.Places;
using PolicyGraph.Text;

namespace PolicyGraph.Extraction.Entities;

/// <summary>
/// Finds organisations: known bodies by name (国务院, 东盟), government and party bodies after a level prefix or a
/// place (市科协, 省工信厅, 县委, 山东省工业和信息化厅), and full names ending in an organisation word (…有限公司,
/// …大学, …管委会). Each gets its kind and a canonical, place-qualified name; bodies nested in a longer name
/// become their own mentions with <see cref="PartOfFact"/>, government bodies are <see cref="LocatedInFact"/> their place.
/// </summary>
internal sealed partial class OrganizationStep : IExtractionStep
{
    private readonly EntityLexicon _lexicon;
    private readonly PlaceGazetteer _places;

    /// <summary>A step reading <paramref name="lexicon"/> and, for place names written before a body, <paramref name="places"/>.</summary>
    public OrganizationStep(EntityLexicon lexicon, PlaceGazetteer places)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(places);
        _lexicon = lexicon;
        _places = places;
    }

    /// <inheritdoc/>
    public void Run(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.Text;
        var place = context.Place;
        var found = new Found(text.Length);
        FindKnown(text, found);
        FindBodies(text, place, found);
        JoinVerticalBodies(text, found);
        JoinDemocraticParties(found);
        FindBareDepartments(text, found);
        FindTownBodies(text, place, found);
        // The town the document names most, read once, only where a bare town body or an unqualified village needs it.
        var documentTown = new Lazy<string>(() => DocumentTown(text, place) ?? string.Empty, LazyThreadSafetyMode.None);
        FindBareTownBodies(text, documentTown, found);
        FindVillageBodies(text, documentTown, found);
        FindNewAreas(text, found);
        FindMediaBeforeReporters(text, found);
        FindNamed(text, found, new SpanIndex(text.Length, context.Mentions.Where(m => m.Type == MentionType.Title).Select(m => m.Span)));

        var ends = new HashSet<int>();
        foreach (var selected in Select(text.Length, found.Candidates))
        {
            if (WithoutTerm(text, selected, found) is not { } termless)
            {
                continue;
            }

            var org = WithBareLevelPlaced(WithPartyPrefix(text, termless), place);
            if (context.IsChrome(org.Span))
            {
                continue;
            }

            ends.Add(org.Span.End);
            context.Mentions.Add(new Mention(MentionType.Organization, org.Span, org.Span.Of(text), org.Canonical, org.Kind));
            if (org.Parent is { } parent)
            {
                context.PartOf.Add(new PartOfFact(org.Canonical, parent, org.Span));
            }

            if (org.Place.Length > 0)
            {
                context.LocatedIn.Add(new LocatedInFact(org.Canonical, org.Place));
            }
        }

        TitlesAfter(context, ends);
        NameSchoolUnits(context);
    }

    // Words a level character opens that are no bare level before a name (市场, 县城, 区域, 省级).
    private static readonly WordSet LevelWords = new(
    [
        "市场", "市政", "市区", "市属", "市州", "市民", "市级", "市域", "市县", "市内", "市直", "市中", "省级", "省际", "省属", "省内", "省市", "省直", "省部",
        "省会", "省区", "省两", "县城", "县级", "县域", "县乡", "县区", "县市", "县属", "县直", "县内", "县两", "区域", "区级", "区县", "区属", "区内", "区直",
        "区两", "市两",
    ]);

    // 省河长办, 县总医院: a name no rule knows, written after a bare level, is named with the document's place of that
    // level (湖南省河长办), as a standard body is; left bare where the document has none, or its place is of another
    // kind (a 县 named after a district).
    private static OrgCandidate WithBareLevelPlaced(OrgCandidate org, DocumentPlace place)
    {
        if (org.Canonical.Length < 4 || org.Canonical[0] is not ('省' or '市' or '县' or '区') || LevelWords.LongestAt(org.Canonical, 0, 2) > 0)
        {
            return org;
        }

        var level = org.Canonical[..1];
        var qualified = place.ForPrefix(level);
        return qualified.Length > 0 && qualified[^1] == level[0] ? org with { Canonical = qualified + org.Canonical[1..], Place = qualified } : org;
    }

    // 省侨联|第七届委员会: a body's committee of one term, written after the body, is the body; a bare 第七届委员会
    // names no body. Only names read as written, so that a committee a rule names otherwise (共青团陕西省第十五届委员会)
    // keeps its name.
    private static OrgCandidate? WithoutTerm(string text, OrgCandidate org, Found found)
    {
        var written = org.Span.Of(text);
        if (org.Canonical != written || TermAt(written) is not (>= 0 and var term))
        {
            return org;
        }

        if (term == 0)
        {
            return null;
        }

        // The mention keeps the term's words, so that a title after them is the body's (全国工商联第十二届执行委员会|主席).
        var bodyEnd = org.Span.Start + term;
        return found.Candidates.Find(c => c.Span.End == bodyEnd && c.Span.Start <= org.Span.Start) switch
        {
            { } body when body.Span.Start == org.Span.Start => body with { Span = org.Span },
            not null => null, // 扬州市妇女联合|会第八届执行委员会: read from inside the body, which stands on its own.
            null => org,
        };
    }

    // Longest first: 第九届执行委员会 ends in 委员会 too.
    private static readonly string[] TermCommittees = ["执行委员会", "委员会", "理事会"];

    /// <summary>Where 第…届委员会 (第七届委员会, 第十二届理事会, 第九届执行委员会) ends <paramref name="name"/>, or -1.</summary>
    internal static int TermAt(string name)
    {
        foreach (var committee in TermCommittees)
        {
            if (!name.EndsWith(committee, StringComparison.Ordinal) || name.Length < committee.Length + 2 || name[^(committee.Length + 1)] != '届')
            {
                continue;
            }

            var last = name.Length - committee.Length - 2;
            var i = last;
            while (i >= 0 && ChineseText.IsNumeral(name[i]))
            {
                i--;
            }

            // 八届执行委员会: a bare term may drop its 第.
            return i == last ? -1 : i < 0 ? 0 : name[i] == '第' ? i : -1;
        }

        return -1;
    }

    private static readonly string[] SchoolReferences = ["学校", "该校", "我校", "本校"];

    // 学校能源学院, 该校计算机学院: a unit of the school the document is about, named with that school (成都理工大学能源学院)
    // and part of it; left as written where the document is about no school.
    private static void NameSchoolUnits(ExtractionContext context)
    {
        Mention? school = null;
        for (var i = 0; i < context.Mentions.Count; i++)
        {
            var unit = context.Mentions[i];
            if (unit.Type != MentionType.Organization || unit.Canonical != unit.Text || unit.Text.Length < 5 || !ChineseText.StartsWithAny(unit.Text, 0, SchoolReferences))
            {
                continue;
            }

            school ??= DocumentSchool.Of(context.Mentions, context.Document.Metadata.Site, context.Text);
            if (school is null)
            {
                return;
            }

            var canonical = school.Canonical + unit.Text[2..];
            context.Mentions[i] = unit with { Canonical = canonical, Kind = school.Kind };
            context.PartOf.Add(new PartOfFact(canonical, school.Canonical, unit.Span));
        }
    }

    // 中共|柳州市委组织部: the party's name written before one of its committees is part of the name as written.
    private static OrgCandidate WithPartyPrefix(string text, OrgCandidate org) =>
        org.Kind == "party" && org.Span.Start >= PartyName.Length && org.Canonical.StartsWith(PartyName, StringComparison.Ordinal)
            && string.CompareOrdinal(text, org.Span.Start - PartyName.Length, PartyName, 0, PartyName.Length) == 0
            && !org.Span.Of(text).StartsWith(PartyName, StringComparison.Ordinal)
            ? org with { Span = new TextSpan(org.Span.Start - PartyName.Length, org.Span.End) }
            : org;

    private const string PartyName = "中共";

    // 市纪委|书记 read as 市|纪委书记: a title that starts inside an organisation's name is the title after it, when the
    // rest of it is one (纪委书记 after 市纪委 is 书记).
    private void TitlesAfter(ExtractionContext context, HashSet<int> organizationEnds)
    {
        var text = context.Text;
        for (var i = 0; i < context.Mentions.Count; i++)
        {
            var title = context.Mentions[i];
            if (title.Type != MentionType.Title || title.Kind.Length > 0)
            {
                continue;
            }

            for (var end = title.Span.Start + 1; end < title.Span.End; end++)
            {
                if (organizationEnds.Contains(end) && TitleMatcher.MatchAt(text, end, _lexicon) == title.Span.End - end)
                {
                    var rest = new TextSpan(end, title.Span.End);
                    context.Mentions[i] = title with { Span = rest, Text = rest.Of(text), Canonical = rest.Of(text) };
                    break;
                }
            }
        }
    }

    // Keeps nested parents and every candidate not lying inside a longer one; of two candidates with the same span
    // the first found (known, then body, then named) wins.
    private static List<OrgCandidate> Select(int length, List<OrgCandidate> candidates)
    {
        var outer = new SpanIndex(length, candidates.Where(c => !c.Nested).Select(c => c.Span));
        var nested = candidates.Where(c => c.Nested).Select(c => c.Span).ToHashSet();
        var kept = new List<OrgCandidate>();
        var seen = new HashSet<TextSpan>();
        foreach (var c in candidates)
        {
            // 中国人民银行|陕西省分行: a known name that is also the parent read inside a longer one is kept as that parent.
            if (seen.Add(c.Span) && (c.Nested || nested.Contains(c.Span) || !outer.ContainedInOther(c.Span, MaxNameLength + 16)))
            {
                kept.Add(c);
            }
        }

        return kept;
    }

    // Words a name's last character may start (部门, 部署, 社区, 行业): the name then is not written.
    private static readonly WordSet WordsAcrossEnd = new(["部门", "部署", "部分", "部位", "部件", "局面", "局势", "局部", "署名", "社区", "行业", "校友", "校园", "校区", "党政"]);

    /// <summary>Whether the name ending at <paramref name="end"/> ends inside a word that goes on after it (建设部|署, 商务部|门).</summary>
    internal static bool EndsInsideWord(string text, int end) => end >= 1 && end < text.Length && WordsAcrossEnd.Contains(text.AsSpan(end - 1, 2));

    private void FindKnown(string text, Found found)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var len = _lexicon.KnownForms.LongestAt(text, i);
            if (len == 0)
            {
                continue;
            }

            // 商务部门, 教育部署: the name's last character starts a common word; no body is named.
            if (EndsInsideWord(text, i + len))
            {
                continue;
            }

            var org = _lexicon.KnownOrganizations[text.Substring(i, len)];
            if (IsForeignShortForm(_lexicon, text, new TextSpan(i, i + len)))
            {
                i += len - 1;
                continue;
            }

            // 国务院|国资委, 国务院|办公厅: a known body named at the start of a longer known name is named there too, its parent.
            var shorter = _lexicon.KnownForms.LongestAt(text, i, len - 2);
            var parent = shorter >= 2 && _lexicon.KnownOrganizations[text.Substring(i, shorter)] is var known && known.Canonical != org.Canonical ? known : null;
            found.Add(new OrgCandidate(new TextSpan(i, i + len), org.Canonical, org.Kind, Parent: parent?.Canonical));
            if (parent is not null)
            {
                found.Add(new OrgCandidate(new TextSpan(i, i + shorter), parent.Canonical, parent.Kind, Nested: true));
            }

            i += len - 1;
        }
    }

    /// <summary>
    /// Whether the short national form at <paramref name="span"/> (国防部, 国务院) is written as another country's
    /// body: right after a name (拉脱维亚国防部, 美国国务院), unless a verb, 中国, a title only China has, or a word
    /// that starts or dates a clause ends there (召开|国务院常务会议, 代表|党中央, 中国|国务院新闻办, 国务委员兼|国务院
    /// 秘书长, 受|国务院委托, 2月初|商务部). Not any title and 兼: 副总理兼|外交部长 is as often another country's.
    /// </summary>
    internal static bool IsForeignShortForm(EntityLexicon lexicon, string text, TextSpan span)
    {
        var start = span.Start;
        if (span.Length > 3 || start == 0 || !ChineseText.IsHan(text[start - 1]) || ChineseText.IsFunctionChar(text[start - 1])
            || !lexicon.KnownOrganizations.TryGetValue(span.Of(text), out var org) || org.Canonical.Length <= span.Length)
        {
            return false;
        }

        return !(lexicon.Verbs.LongestEndingAt(text, start, 3) > 0
            || "受经应初底末".Contains(text[start - 1], StringComparison.Ordinal)
            || NationalLeads.LongestEndingAt(text, start) > 0);
    }

    // Words after which a short national form is China's body (中国|国务院新闻办, 国务委员兼|国务院秘书长, 按照|水利部统一部署,
    // 代表|国务院, 传达学习|国务院常务会议精神).
    private static readonly WordSet NationalLeads = new(["中国", "国务委员兼", "按照", "根据", "依照", "依据", "遵照", "会同", "联合", "配合", "代表", "学习", "研究"]);

    /// <summary>The candidates found so far, in order, with their spans indexed.</summary>
    private sealed class Found(int length)
    {
        public List<OrgCandidate> Candidates { get; } = [];

        public SpanIndex Spans { get; } = new(length);

        public void Add(OrgCandidate candidate)
        {
            Candidates.Add(candidate);
            Spans.Add(candidate.Span);
        }
    }

    /// <summary>An organisation found in the text, before overlaps are settled.</summary>
    private sealed record OrgCandidate(TextSpan Span, string Canonical, string Kind, string Place = "", string? Parent = null, bool Nested = false);
}
