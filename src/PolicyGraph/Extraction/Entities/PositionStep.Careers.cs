using System.Text.RegularExpressions;

namespace PolicyGraph.Extraction.Entities;

internal sealed partial class PositionStep
{
    // 1985.07—1992.06　四川省眉山县农业局科员、副局长; 2019.11—　现任…; 2008年6月—2014年9月 …: a line of a résumé, its
    // dates and then the posts held between them.
    [GeneratedRegex(@"^[ \t\u3000]*(?:19|20)\d\d(?:[.．]\d{1,2}|年\d{1,2}月)[ \t\u3000]*[—–\-－~～至]+[ \t\u3000]*((?:19|20)\d\d(?:[.．]\d{1,2}|年\d{1,2}月)|至今|今)?[ \t\u3000]*", RegexOptions.Multiline)]
    private static partial Regex CareerLine();

    // Words after the name that open a résumé or a biography: 甘子钧简历, 甘子钧，男，汉族.
    private static readonly string[] ResumeOpeners = ["简历", "同志简历", "，男", "，女", ",男", ",女"];

    // How far before a résumé's lines its subject may be named.
    private const int MaxResumeDistance = 600;

    // The posts of a résumé's lines, each at the subject of the résumé: the last person named before them right
    // before 简历 or，男. A post the line dates to the present (至今) is current, the others former.
    private static IEnumerable<PositionFact> CareerPosts(ChainState state, DocumentPlace place, Dictionary<int, Mention> titlesByStart, List<Mention> people,
        SpanIndex persons)
    {
        var text = state.Context.Text;
        foreach (Match line in CareerLine().Matches(text))
        {
            var start = line.Index + line.Length;
            var subject = people.LastOrDefault(p => p.Span.End <= line.Index && line.Index - p.Span.End <= MaxResumeDistance
                && Text.ChineseText.StartsWithAny(text, p.Span.End, ResumeOpeners));
            if (subject is null || start >= text.Length || persons.Covers(start))
            {
                continue;
            }

            // 四川省|乐山市犍为县委副书记: the province written before the body is no part of the posts; 乐山市沙湾区|副区长: a
            // place right before a head's title is its government.
            while (state.OrganizationStartingAt(start) is null
                && state.Context.Mentions.Find(m => m.Type == MentionType.Place && m.Span.Start == start && m.Span.End < text.Length && text[m.Span.End] != '\n') is { } before)
            {
                if (titlesByStart.TryGetValue(before.Span.End, out var head) && PlaceGovernment(head.Text, before.Text, place) is { } government)
                {
                    state.AddOrganization(new Mention(MentionType.Organization, before.Span, before.Text, government.Name, government.Kind));
                    break;
                }

                start = before.Span.End;
            }

            var status = line.Groups[1].Value is "至今" or "今" ? PositionStatus.Current : PositionStatus.Former;
            foreach (var fact in Posts(state, place, titlesByStart, subject, start, status, persons, out _))
            {
                yield return fact;
            }
        }
    }
}
