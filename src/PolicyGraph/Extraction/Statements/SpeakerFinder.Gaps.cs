namespace PolicyGraph.Extraction.Statements;

internal sealed partial class SpeakerFinder
{
    // What may stand between a speaker and the cue: place and occasion (在开幕式上致辞时), manner (笑着, 动情地, 指着窗外),
    // addressee (对记者, 告诉记者), sequence (也, 还, 同时, 进一步). Anything else means the name is not the subject.
    private static readonly string[] GapStarters =
    [
        "在", "于", "也", "还", "则", "又", "再", "更", "就", "曾", "都", "均", "亦", "便", "即", "随后", "最后", "首先",
        "同时", "进一步", "笑着", "笑", "感慨", "激动", "兴奋", "高兴", "自豪", "深有感触", "坦诚", "坦率", "动情",
        "指着", "看着", "望着", "摸着", "捧着", "拿着", "举着", "翻着", "一边",
        "对记者", "向记者", "告诉记者", "接受", "致辞时", "致辞", "讲话时", "讲话", "发言时", "发言", "作报告时",
        "当天", "现场", "日前", "近日", "此前", "今天", "昨天", "明确", "特别", "一再", "多次", "反复", "重点", "一直",
        "结合", "围绕", "针对", "谈及", "谈到", "对此", "回答", "答记者问时", "主持", "出席", "代表", "补充",
        "强调", "表示",
    ];

    // How long the words between a speaker and the cue may be: an occasion in 在…上/时/中 may name a long meeting
    // (在当天举行的人工智能赋能新型工业化城市试点工作启动会上表示).
    private static int MaxGap(ReadOnlySpan<char> gap) => gap.Length > 2 && gap[0] == '在' && gap[^1] is '上' or '时' or '中' ? 40 : 24;

    private bool GapAllowed(int start, int end, int cue, int lower)
    {
        // 陈晓辉教授认为, 习近平主席指出: a title written after the name belongs to the speaker.
        if (_titleEndsByStart.TryGetValue(end, out var titleEnd) && titleEnd <= cue)
        {
            end = titleEnd;
        }

        if (end == cue)
        {
            return true;
        }

        var gap = _text.AsSpan(end, cue - end);
        if (gap.Length > MaxGap(gap) || gap.IndexOfAny("，,、：:（）()") >= 0)
        {
            return false;
        }

        foreach (var starter in GapStarters)
        {
            if (gap.StartsWith(starter, StringComparison.Ordinal))
            {
                return true;
            }
        }

        // An adverb in 地 right before the cue: 感慨地说, 意味深长地说; a clause of time: 郑海川认真听取发言后指出,
        // 考察时强调, where the speaker is no one's partner in it (普京在与法国总统马克龙|通电话时表示).
        return (gap.Length <= 6 && gap[^1] == '地')
            || (gap.Length <= 14 && gap[^1] is '后' or '时' && _text.AsSpan(lower, start - lower).IndexOfAny("与同和跟向对") < 0);
    }

    // An unnamed official of a named body: 省工信厅有关负责人, 市商务委有关负责人. The body speaks.
    private SpeakerMatch? Official(int end, int lower)
    {
        foreach (var official in Officials)
        {
            var start = end - official.Length;
            if (start <= lower || string.CompareOrdinal(_text, start, official, 0, official.Length) != 0)
            {
                continue;
            }

            // 该负责人表示: the official named last before, of the body named with them (…支队有关负责人介绍…。该负责人表示).
            if (_text[start - 1] == '该')
            {
                return EarlierOfficial(start - 1) is { } named ? named with { Start = start - 1 } : null;
            }

            var bodyEnd = _text[start - 1] == '的' ? start - 1 : start;
            if (_organizationsByEnd.TryGetValue(bodyEnd, out var org) && org.Span.Start >= lower)
            {
                return new SpeakerMatch(new Speaker(MentionType.Organization, org.Canonical, org.Kind), org.Span.Start);
            }

            if (Demonstrated(bodyEnd, lower) is { } earlier)
            {
                return new SpeakerMatch(new Speaker(MentionType.Organization, earlier.Body.Canonical, earlier.Body.Kind), earlier.Start);
            }

            return PrintedBody(lower, bodyEnd) is { } body
                ? new SpeakerMatch(new Speaker(MentionType.Organization, body.Name, string.Empty), body.Start)
                : null;
        }

        return null;
    }

    // How far back 该负责人 refers to the official named before.
    private const int OfficialReach = 400;

    // The unnamed official of a body written last before pos, as that body.
    private SpeakerMatch? EarlierOfficial(int pos)
    {
        for (var end = pos; end > Math.Max(0, pos - OfficialReach); end--)
        {
            if (Officials.Any(o => end >= o.Length && string.CompareOrdinal(_text, end - o.Length, o, 0, o.Length) == 0)
                && Official(end, ClauseStart(end)) is { } earlier)
            {
                return earlier;
            }
        }

        return null;
    }

    // Where the clause holding pos starts, within the window a speaker is looked for in.
    private int ClauseStart(int pos)
    {
        var lower = Math.Max(0, pos - Window);
        var stop = _text.AsSpan(lower, pos - lower).LastIndexOfAny("。！？；;“”，,\n");
        return stop < 0 ? lower : lower + stop + 1;
    }

    // 该局有关负责人: the nearest organisation named earlier whose name ends like the abbreviation.
    private (Mention Body, int Start)? Demonstrated(int bodyEnd, int lower)
    {
        if (bodyEnd < 2)
        {
            return null;
        }

        var demonstrative = _text.LastIndexOf('该', bodyEnd - 1, Math.Max(0, Math.Min(5, bodyEnd - lower)));
        if (demonstrative < lower || bodyEnd - demonstrative < 2)
        {
            return null;
        }

        var body = _text[(demonstrative + 1)..bodyEnd];
        var org = _organizations.LastOrDefault(o => o.Span.End <= demonstrative && (o.Canonical.EndsWith(body, StringComparison.Ordinal) || o.Text.EndsWith(body, StringComparison.Ordinal)));
        return org is null ? null : (org, demonstrative);
    }

    private static readonly string[] BodySuffixes =
    [
        "厅", "局", "委", "办", "部", "署", "院", "会", "中心", "公司", "集团", "政府", "管委会", "协会", "商会", "银行",
        "大学", "学院", "研究所", "研究院", "委员会", "办公室", "组", "处", "所", "站", "队",
    ];

    // No organisation mention covers the body: fall back to its printed form when it ends like a body's name.
    private (string Name, int Start)? PrintedBody(int lower, int end)
    {
        var start = end;
        while (start > lower && IsCjk(_text[start - 1]))
        {
            start--;
        }

        foreach (var lead in new[] { "据", "会上", "另外", "此外", "同时" })
        {
            if (end - start > lead.Length && string.CompareOrdinal(_text, start, lead, 0, lead.Length) == 0)
            {
                start += lead.Length;
            }
        }

        var name = _text[start..end];
        return name.Length >= 2 && name.Length <= 20 && BodySuffixes.Any(s => name.EndsWith(s, StringComparison.Ordinal)) ? (name, start) : null;
    }

    private static bool IsCjk(char c) => c is >= '\u4e00' and <= '\u9fff';
}
