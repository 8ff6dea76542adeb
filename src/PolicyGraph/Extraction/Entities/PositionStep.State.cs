using PolicyGraph.Lexicon;
using PolicyGraph.Text;

namespace PolicyGraph.Extraction.Entities;

internal sealed partial class PositionStep
{
    /// <summary>One document's organisations and positions, indexed for the chain reader.</summary>
    private sealed class ChainState
    {
        private readonly Dictionary<int, List<Mention>> _organizationsByEnd = [];
        private readonly Dictionary<int, Mention> _organizationsByStart = [];
        private readonly HashSet<ShortForm> _declared = [];
        private Dictionary<int, string>? _listItems;

        public ChainState(ExtractionContext context, EntityLexicon lexicon)
        {
            Context = context;
            Lexicon = lexicon;
            Taken = new SpanIndex(context.Text.Length, context.Mentions.Select(m => m.Span));
            foreach (var org in context.Mentions.Where(m => m.Type == MentionType.Organization))
            {
                Index(org);
            }

            foreach (var form in context.ShortForms)
            {
                if (_organizationsByEnd.TryGetValue(form.Declaration.Start, out var named) && named.MinBy(m => m.Span.Start) is { } org
                    && form.Shortens(context.Text, org.Text))
                {
                    Declare(org, form);
                }
            }
        }

        public ExtractionContext Context { get; }

        /// <summary>The university or college the document is about (<see cref="Entities.DocumentSchool"/>), or null.</summary>
        public Mention? DocumentSchool => _school ??= Entities.DocumentSchool.Of(Context.Mentions, Context.Document.Metadata.Site, Context.Text);

        private Mention? _school;

        /// <summary>
        /// The body whose congress, annual meeting or council the document reports, where posts are elected
        /// (四川省浙江商会|2024年年会暨第五届会员大会, 市工商联|第十四次会员代表大会): the first organisation written right
        /// before such a meeting, past a year and an ordinal; null when none is.
        /// </summary>
        public Mention? ElectingBody
        {
            get
            {
                if (!_electingRead)
                {
                    _electing = Context.Mentions.Where(m => m.Type == MentionType.Organization && OpensCongress(Context.Text, m.Span.End))
                        .MinBy(m => m.Span.Start);
                    _electingRead = true;
                }

                return _electing;
            }
        }

        private Mention? _electing;
        private bool _electingRead;

        private static readonly string[] CongressWords = ["会员代表大会", "会员大会", "代表大会", "换届选举大会", "换届大会", "成立大会", "年会", "理事会"];

        // Whether a meeting that elects a body's officers starts at pos, after a year (2024年, 2024年度) and an
        // ordinal (第五届, 第十四次).
        private static bool OpensCongress(string text, int pos)
        {
            var i = pos;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            if (i > pos && i < text.Length && text[i] == '年')
            {
                i += i + 1 < text.Length && text[i + 1] == '度' ? 2 : 1;
            }
            else
            {
                i = pos;
            }

            i = ChineseText.OrdinalEndAt(text, i, text.Length) ?? i;
            return CongressWords.Any(w => string.CompareOrdinal(text, i, w, 0, w.Length) == 0);
        }

        /// <summary>The item lines of the document's appointment lists, by where their text starts, with their verbs.</summary>
        public Dictionary<int, string> ListItems => _listItems ??= AppointmentList.Items(Context.Text);

        public EntityLexicon Lexicon { get; }

        /// <summary>Whether the words before a title with no organisation are taken as one (云遥宇航|董事长).</summary>
        public bool NamesOrganizations { get; init; } = true;

        /// <summary>Every mention's span, so a nameless organisation never overlaps one.</summary>
        public SpanIndex Taken { get; }

        /// <summary>The last position read for the person whose name ends at a given offset.</summary>
        public Dictionary<int, PositionFact> PositionsByPersonEnd { get; } = [];

        /// <summary>Puts <paramref name="qualified"/> in the place of <paramref name="org"/>, in the document and in the index.</summary>
        public void Replace(Mention org, Mention qualified)
        {
            var at = Context.Mentions.IndexOf(org);
            if (at >= 0)
            {
                Context.Mentions[at] = qualified;
            }

            if (_organizationsByEnd.TryGetValue(org.Span.End, out var list) && list.IndexOf(org) is >= 0 and var i)
            {
                list[i] = qualified;
            }

            if (_organizationsByStart.TryGetValue(org.Span.Start, out var longest) && ReferenceEquals(longest, org))
            {
                _organizationsByStart[org.Span.Start] = qualified;
            }
        }

        public void AddOrganization(Mention org)
        {
            Context.Mentions.Add(org);
            Taken.Add(org.Span);
            Index(org);
            foreach (var form in Context.ShortForms)
            {
                if (form.Declaration.Start == org.Span.End && form.Shortens(Context.Text, org.Text))
                {
                    Declare(org, form);
                }
            }
        }

        // 国防部长, 公安局长: the organisation's last character may be the title's first (部 of 国防部 and of 部长).
        // 江淮汽车集团股份有限公司（简称“江淮汽车”）董事长: a declaration of a short form is read through.
        public Mention? OrganizationEndingAt(int pos)
        {
            if (_organizationsByEnd.TryGetValue(pos, out var list))
            {
                return list.MinBy(m => m.Span.Start);
            }

            if (DeclarationEndingAt(pos) is { } form && OrganizationEndingAt(form.Declaration.Start) is { } named && form.Shortens(Context.Text, named.Text))
            {
                return named;
            }

            // 成都市经济和信息化局（市数字经济局）副局长: a body's second name in brackets is read through to the first.
            if (pos >= 2 && Context.Text[pos - 1] is '）' or ')' && _organizationsByEnd.TryGetValue(pos - 1, out var inner)
                && inner.MinBy(m => m.Span.Start) is { } second && second.Span.Start >= 1 && Context.Text[second.Span.Start - 1] is '（' or '('
                && _organizationsByEnd.TryGetValue(second.Span.Start - 1, out var outer))
            {
                return outer.MinBy(m => m.Span.Start);
            }

            return OrganizationStep.SharesHead(Context.Text, pos, pos + 1) && _organizationsByEnd.TryGetValue(pos + 1, out var shared)
                ? shared.Where(m => m.Span.Length > 2).MinBy(m => m.Span.Start)
                : null;
        }

        /// <summary>The parenthesis declaring a short form that ends at <paramref name="pos"/>, or null.</summary>
        public ShortForm? DeclarationEndingAt(int pos)
        {
            foreach (var form in Context.ShortForms)
            {
                if (form.Parenthesized && form.Declaration.End == pos)
                {
                    return form;
                }
            }

            return null;
        }

        private static bool IsInside(string text, TextSpan use, string name)
        {
            for (var start = Math.Max(0, use.End - name.Length); start <= use.Start && start + name.Length <= text.Length; start++)
            {
                if (string.CompareOrdinal(text, start, name, 0, name.Length) == 0)
                {
                    return true;
                }
            }

            return false;
        }

        // 市行政审批局（以下简称“市审批局”）: every use of the short form from there on names the organisation. A use
        // already read as an organisation takes its name and kind; one read as nothing, or as places inside it, is
        // added; one overlapping a person or a title is left.
        private void Declare(Mention org, ShortForm form)
        {
            if (!_declared.Add(form) || form.Short.Of(Context.Text) == org.Text)
            {
                return;
            }

            var text = Context.Text;
            foreach (var use in ShortForms.Uses(text, form))
            {
                // 合肥市中小企业服务中心（下称“服务中心”）: a use inside the full name written again is that name's.
                if (Context.IsChrome(use) || IsInside(text, use, org.Text))
                {
                    continue;
                }

                var there = Context.Mentions.Where(m => m.Span.Overlaps(use)).ToList();
                if (there.Count > 0 && there.All(m => m.Type == MentionType.Organization && m.Span == use))
                {
                    foreach (var same in there)
                    {
                        Replace(same, same with { Canonical = org.Canonical, Kind = org.Kind });
                    }
                }
                else if (there.All(m => m.Type == MentionType.Place && use.Contains(m.Span)))
                {
                    Context.Mentions.RemoveAll(there.Contains);
                    AddOrganization(new Mention(MentionType.Organization, use, use.Of(text), org.Canonical, org.Kind));
                }
            }
        }

        /// <summary>The organisation ending last before <paramref name="before"/> (within <paramref name="reach"/>) that <paramref name="accept"/> accepts.</summary>
        public Mention? LastOrganizationBefore(int before, int reach, Func<Mention, bool> accept)
        {
            for (var end = before; end >= Math.Max(0, before - reach); end--)
            {
                if (_organizationsByEnd.TryGetValue(end, out var list) && list.Where(accept).MinBy(m => m.Span.Start) is { } found)
                {
                    return found;
                }
            }

            return null;
        }

        /// <summary>The position read last for a person named earlier in the sentence of <paramref name="before"/>, or null.</summary>
        public PositionFact? LastPositionInSentence(int before)
        {
            var text = Context.Text;
            var start = text.AsSpan(0, before).LastIndexOfAny("。！？；\n") + 1;
            PositionFact? last = null;
            foreach (var (end, fact) in PositionsByPersonEnd)
            {
                if (end >= start && end <= before && fact.Span.Start >= start && (last is null || end > last.PersonSpan.End))
                {
                    last = fact;
                }
            }

            return last;
        }

        /// <summary>
        /// The one company named before <paramref name="before"/> in its sentence, else, where the sentence names none,
        /// in its paragraph (the latest mention of it); null when they name none or two.
        /// </summary>
        public Mention? OnlyCompanyBefore(int before) => OnlyOrganizationBefore(before, org => org.Kind == "company");

        /// <summary>
        /// The one organisation that <paramref name="which"/> accepts named in the sentence before
        /// <paramref name="before"/>, or where the sentence names none, in the paragraph; null when there are several.
        /// </summary>
        public Mention? OnlyOrganizationBefore(int before, Func<Mention, bool> which)
        {
            var text = Context.Text;
            var paragraph = text.LastIndexOf('\n', Math.Max(0, before - 1)) + 1;
            var sentence = Math.Max(paragraph, text.AsSpan(0, before).LastIndexOfAny("。！？；") + 1);
            var only = OnlyOrganizationBetween(sentence, before, which, out var named);
            return named ? only : sentence > paragraph ? OnlyOrganizationBetween(paragraph, before, which, out _) : null;
        }

        // The latest mention of the one organisation which accepts named in [start, before); named: whether any is.
        private Mention? OnlyOrganizationBetween(int start, int before, Func<Mention, bool> which, out bool named)
        {
            Mention? latest = null;
            var several = false;
            foreach (var org in Context.Mentions)
            {
                if (org.Type != MentionType.Organization || org.Span.Start < start || org.Span.End > before || !which(org))
                {
                    continue;
                }

                several |= latest is not null && latest.Canonical != org.Canonical;
                if (latest is null || org.Span.Start > latest.Span.Start)
                {
                    latest = org;
                }
            }

            named = latest is not null;
            return several ? null : latest;
        }

        /// <summary>The longest organisation starting at <paramref name="pos"/>, or null.</summary>
        public Mention? OrganizationStartingAt(int pos) => _organizationsByStart.GetValueOrDefault(pos);

        private void Index(Mention org)
        {
            if (!_organizationsByStart.TryGetValue(org.Span.Start, out var longest) || org.Span.Length > longest.Span.Length)
            {
                _organizationsByStart[org.Span.Start] = org;
            }

            if (!_organizationsByEnd.TryGetValue(org.Span.End, out var list))
            {
                list = [];
                _organizationsByEnd[org.Span.End] = list;
            }

            list.Add(org);
        }
    }
}
