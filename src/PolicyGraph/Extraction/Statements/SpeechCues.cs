namespace PolicyGraph.Extraction.Statements;

/// <summary>
/// The reporting verbs that introduce attributed speech, and the checks that tell a cue (杨柳表示，) from the same
/// characters in other words (说明, 称号, 表示了感谢).
/// </summary>
internal static class SpeechCues
{
    // Longest first so 说道 wins over 说. Verbs that may take their content without a comma come first in
    // NoCommaCues; the others need punctuation or a quote after them.
    private static readonly string[] Cues =
    [
        "强调指出", "告诉记者", "回应称", "回应说", "解释说", "补充说", "介绍说", "回忆说", "表示", "指出", "认为", "强调", "介绍", "坦言", "透露", "要求", "建议", "直言", "呼吁",
        "坦承", "说道", "谈道", "感慨", "补充", "回忆", "解释", "分析", "宣布", "看来", "叮嘱", "提醒", "回应", "通报", "回答", "谈到", "反映", "说", "称", "答",
    ];

    private static readonly WordsByFirstChar<string> CuesByFirstChar = new(Cues, c => c);

    // Cues that are also nouns, and the words before them that make them one.
    private static readonly Dictionary<string, string[]> NounUses = new(StringComparer.Ordinal)
    {
        ["提醒"] = ["教育", "温馨", "特别", "友情", "及时", "警示", "谈话", "廉政"],
        ["回应"] = ["作为", "积极", "及时", "有效", "予以", "做出", "作出", "给予", "正面", "强烈"],
    };

    // Verbs that are cues only right before a comma or colon (许文斌回答：, 刘慧敏谈到，, 他同时反映，); elsewhere they
    // open a clause of the occasion (在回答记者提问时说, 谈到发展时指出) or take an object (反映问题).
    private static readonly HashSet<string> CommaOnlyCues = new(StringComparer.Ordinal) { "回答", "谈到", "反映" };

    private static readonly HashSet<string> NoCommaCues = new(StringComparer.Ordinal) { "表示", "指出", "认为", "强调", "要求", "建议", "强调指出", "叮嘱" };

    // Characters after a cue that make it part of another word or a topic-only report (介绍了…情况).
    private const string BadFollowers = "了过着明法服话为号赞呼作之起出完得给";

    // Characters before 说/称/答 that make them part of another word (据说, 来说, 简称, 回答, 又称, 不称霸).
    private const string BadLeaders = "据听来小或再虽是就也可简号堪声名俗统并自回解演又不";

    // Objects that make 表示 an expression of feeling rather than speech (表示感谢).
    private static readonly string[] FeelingObjects = ["感谢", "祝贺", "欢迎", "慰问", "哀悼", "赞赏", "支持", "同意", "关切", "遗憾", "敬意", "谢意", "满意", "认可"];

    /// <summary>The cue starting at <paramref name="i"/>, or null when none starts there or the characters belong to another word.</summary>
    public static string? At(string text, int i)
    {
        if (CuesByFirstChar.TryFirstAt(text, i, out var cue))
        {
            var after = i + cue.Length;
            if (after < text.Length && BadFollowers.Contains(text[after], StringComparison.Ordinal))
            {
                return null;
            }

            if (cue.Length == 1 && i > 0 && BadLeaders.Contains(text[i - 1], StringComparison.Ordinal))
            {
                return null;
            }

            if (CommaOnlyCues.Contains(cue) && !(after < text.Length && IsIntroducer(text[after])))
            {
                return null;
            }

            if (cue == "表示" && FeelingObjectAt(text, after))
            {
                return null;
            }

            // 加强教育提醒, 温馨提醒: a reminder as a noun, not someone reminding; 作为回应: a response, not a reply.
            if (i >= 2 && NounUses.TryGetValue(cue, out var before) && Text.ChineseText.StartsWithAny(text, i - 2, before))
            {
                return null;
            }

            return cue;
        }

        return null;
    }

    /// <summary>Whether a reporting verb's characters start at <paramref name="i"/>, whatever follows them (表示支持 too).</summary>
    public static bool StartsAt(string text, int i) => CuesByFirstChar.TryFirstAt(text, i, out _);

    // A loop, not Any(): At runs at every character, and a lambda capturing its arguments would allocate on every call.
    private static bool FeelingObjectAt(string text, int at)
    {
        foreach (var feeling in FeelingObjects)
        {
            if (string.CompareOrdinal(text, at, feeling, 0, feeling.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the bare words after a cue, from <paramref name="start"/> to <paramref name="end"/>, express a feeling (真诚的感谢, 热烈欢迎) rather than speech.</summary>
    public static bool ExpressesFeeling(string text, int start, int end)
    {
        var head = text.AsSpan(start, Math.Min(8, end - start));
        foreach (var feeling in FeelingObjects)
        {
            if (head.Contains(feeling, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="cue"/> may take its content straight after it (他认为宁红茶要…) with no comma.</summary>
    public static bool TakesBareContent(string cue) => NoCommaCues.Contains(cue);

    /// <summary>Whether the character may introduce a cue's content: a comma or colon.</summary>
    public static bool IsIntroducer(char c) => c is '，' or ',' or '：' or ':';
}
