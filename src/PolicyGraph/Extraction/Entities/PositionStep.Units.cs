using PolicyGraph.Lexicon;
using PolicyGraph.Text;

namespace PolicyGraph.Extraction.Entities;

internal sealed partial class PositionStep
{
    // The words a department, office or branch inside an organisation ends in (财政金融司, 外资处, 新闻办, 零售信贷
    // 管理部, 经济评价中心, 北京分行).
    private static readonly WordSet UnitEnds =
        new(["事业部", "分公司", "分行", "支行", "分院", "中心", "司", "处", "科", "室", "所", "办", "部", "局", "站", "队", "组"]);

    private const int MaxUnitLength = 12;

    // 国家发展改革委|财政金融司|副司长, 交通银行|零售信贷管理部|副总经理: the words between an organisation and a
    // title, ending in a unit word, name a unit of that organisation; the title is held there. The unit is a new
    // organisation mention (the whole span), part of the one before it. Words holding a verb are a clause
    // (某公司|成立研发中心|主任), not a unit.
    private static Mention? SubUnit(ChainState state, int pos)
    {
        var text = state.Context.Text;
        var unitEnd = UnitEnds.LongestEndingAt(text, pos);
        if (unitEnd == 0)
        {
            return null;
        }

        var joined = false;
        for (var start = pos - unitEnd; start > 0 && pos - start <= MaxUnitLength; start--)
        {
            // 商务部|对外投资和经济合作司|司长: a ministry's department joins its two fields with 和, once.
            var c = text[start];
            if (c == '和' && !joined && unitEnd == 1 && text[pos - 1] == '司' && ChineseText.IsHanAt(text, start - 1))
            {
                joined = true;
                continue;
            }

            // 对外联络部, 对外投资司: 对外 opens a unit's field; 高等教育处, 中等职业教育处: 等 of a level of schooling.
            if (!ChineseText.IsHan(c) || (ChineseText.IsOrganizationStop(c) && !(c == '对' && text[start + 1] == '外')
                && !(c == '等' && start > 0 && text[start - 1] is '高' or '中' or '初')))
            {
                return null;
            }

            if (pos - start < 2 || state.OrganizationEndingAt(start) is not { } parent || parent.Span.End != start)
            {
                continue;
            }

            var unit = new TextSpan(start, pos);
            if (state.Taken.Overlaps(unit) || state.Context.IsChrome(unit) || Holds(state.Lexicon.Verbs, text, unit))
            {
                return null;
            }

            var span = new TextSpan(parent.Span.Start, pos);
            var canonical = parent.Canonical + unit.Of(text);
            var mention = new Mention(MentionType.Organization, span, span.Of(text), canonical, parent.Kind);
            state.AddOrganization(mention);
            state.Context.PartOf.Add(new PartOfFact(canonical, parent.Canonical, span));
            return mention;
        }

        return null;
    }
}
