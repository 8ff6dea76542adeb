using PolicyGraph.Lexicon;
using PolicyGraph.Text;

namespace PolicyGraph.Extraction.Entities;

/// <summary>
/// Reads a person's name at a position: a Han name (surname, compound surname, one or two given characters) whose
/// end is where a word that follows names begins (表示, 说, 在 …) or the clause ends, or a minority or foreign name
/// whose parts are joined by a middle dot (艾尔肯·吐尔逊).
/// </summary>
internal sealed class NameReader
{
    // Single-character followers that also occur as the last character of given names: a name ending before one of
    // them is weaker evidence than one ending before a reporting verb (孟庆和表示 is 孟庆和, not 孟庆 + 和; but
    // 王毅等出席 is 王毅, 等 never ends a name).
    private const string WeakFollowers = "和与及为以从正";

    /// <summary>Forms of address after a bare surname (王先生, 李总, 张经理), and 某 (陈某): no name follows.</summary>
    public static readonly string[] CourtesyWords =
    [
        "先生", "女士", "小姐", "太太", "夫人", "老师", "师傅", "经理", "老板", "总", "某", "大爷", "大妈", "阿姨", "奶奶", "爷爷", "大姐", "大哥",
    ];

    // Numerals and adverbs a given name seldom ends in, which open the words after a name instead (齐骥|一句话, 李明|两次,
    // 侯巍|再次; not 金泳三).
    private const string WordOpeners = "一两再均皆仍亦";

    private readonly EntityLexicon _lexicon;

    /// <summary>A reader using <paramref name="lexicon"/>.</summary>
    public NameReader(EntityLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = lexicon;
    }

    /// <summary>The length of the name starting at <paramref name="start"/> where a title or role just before makes a name certain, or 0.</summary>
    public int ReadAfterTitle(string text, int start, bool isRole = false)
    {
        if (start >= text.Length || !ChineseText.IsHan(text[start]) || _lexicon.Followers.LongestAt(text, start) >= 2)
        {
            return 0;
        }

        var dotted = ReadDotted(text, start);
        if (dotted > 0)
        {
            return dotted;
        }

        if (ReadTibetan(text, start) is > 0 and var tibetan)
        {
            return tibetan;
        }

        // A foreign name: no Chinese surname, or longer than a Chinese name is (秘书长古特雷斯).
        var surname = SurnameAt(text, start);
        var foreign = isRole ? 0 : ReadTransliterated(text, start);
        if ((surname == 0 && foreign > 0) || foreign >= 4)
        {
            return foreign;
        }

        var chinese = ReadChinese(text, start, surname, isRole);
        return chinese > 0 ? chinese : foreign;
    }

    // The words Tibetan names are made of, two of them a name (更登才让, 达瓦扎西, 扎西顿珠): no surname and no dot.
    private static readonly WordSet TibetanNameWords = new(
    [
        "扎西", "达瓦", "次仁", "才让", "更登", "多吉", "卓玛", "央金", "格桑", "旺堆", "洛桑", "尼玛", "索朗", "顿珠", "平措", "边巴", "拉姆", "德吉",
        "旦增", "丹增", "罗布", "普布", "次旦", "益西", "加措", "嘉措", "坚参", "贡布", "巴桑", "群培", "仁青", "琼达", "米玛", "白玛", "强巴", "曲珍",
        "桑杰", "欧珠", "朗杰", "土登", "泽仁", "降央", "昂旺", "阿旺", "拉巴", "吉美", "玉珍", "措姆", "达娃", "次珍", "索南", "才旦", "才仁", "公保",
        "更尕", "完玛", "旦正", "多杰", "加央", "卓嘎", "德庆", "次成", "南加", "扎拉", "吉律", "洛追", "白姆", "仁增", "拉毛", "尼珍", "格来",
    ]);

    // A Tibetan name of two name words at start, where a name may end after them; 0 when there is none.
    private int ReadTibetan(string text, int start) =>
        start + 4 <= text.Length && TibetanNameWords.Contains(text.AsSpan(start, 2)) && TibetanNameWords.Contains(text.AsSpan(start + 2, 2)) && EndsName(text, start + 4)
            ? 4 : 0;

    // A Han name after a title: the surname at start and one or two given characters.
    private int ReadChinese(string text, int start, int surname, bool isRole)
    {
        // 习近平主席|向大会致信: a surname that is also a preposition starts no name where it starts a word, nor does one
        // after a role (企业家|权益); 局长|向大家介绍: nor before those addressed.
        if (surname == 0 || _lexicon.NameStops.LongestAt(text, start) > 0
            || ((isRole || ChineseText.IsFunctionChar(text[start])) && _lexicon.NonNames.LongestAt(text, start) > 0)
            || AddressesOthers(text, start, surname))
        {
            return 0;
        }

        var length = ReadChineseName(text, start, surname, isRole);

        // 总书记|高兴地回应说: a word in 地 is the adverb of what follows, no name; 总书记|殷殷嘱托: nor is a surname
        // doubled.
        return length > 0 && (text[start + length - 1] == '地' || (length >= 2 && text[start] == text[start + 1])) ? 0 : length;
    }

    private int ReadChineseName(string text, int start, int surname, bool isRole)
    {

        var g = start + surname;
        if (!ChineseText.IsHanAt(text, g) || !_lexicon.MayBeGivenNameChar(text[g]))
        {
            return 0;
        }

        // 林郑月娥, 陈方安生: a married woman's name in Hong Kong and Macao puts her husband's surname before her own
        // (not 向马克龙, 巴沙尔可能, 夏巴兹致电: a preposition, a transliteration, a verb after a name: 致 of 致电, 致信).
        if (!isRole && surname == 1 && SurnameAt(text, g) == 1 && ChineseText.IsHanAt(text, g + 2) && _lexicon.IsGivenNameChar(text[g + 1])
            && _lexicon.IsGivenNameChar(text[g + 2]) && EndsName(text, g + 3) && !EndsName(text, g + 2) && !EndsName(text, g + 1)
            && !ChineseText.IsFunctionChar(text[start]) && !ChineseText.IsFunctionChar(text[g + 2]) && text[g + 2] != '致' && _lexicon.Verbs.LongestAt(text, g + 2, 3) == 0
            && CountOf(text.AsSpan(start, 4), TransliterationChars) < 3)
        {
            return 4;
        }

        var one = EndsName(text, g + 1);
        var twoShape = ChineseText.IsHanAt(text, g + 1) && EndsName(text, g + 2);
        // 孟庆和|表示 is one name; 许勤|和|省长胡昌升 joins two holders of titles.
        if (one && twoShape && WeakFollowers.Contains(text[g + 1], StringComparison.Ordinal))
        {
            // 胡卫|以及: a longer follower there is one.
            return TitleMatcher.MatchAt(text, g + 2, _lexicon) > 0 || _lexicon.Followers.LongestAt(text, g + 1) >= 2 ? surname + 1 : surname + 2;
        }

        // 毛军发|表示, not 毛军|发表示: a follower after two characters that overlaps a report right after three leaves a
        // stray character; the name has three.
        if (one && twoShape && _lexicon.Followers.LongestAt(text, g + 1) == 2 && StartsWithReport(text, g + 2)
            && _lexicon.MayBeGivenNameChar(text[g + 1]) && !AddressesBySurname(text, start, surname, g + 1))
        {
            return !isRole || (_lexicon.IsGivenNameChar(text[g]) && _lexicon.IsGivenNameChar(text[g + 1])) ? surname + 2 : 0;
        }

        if (one)
        {
            return !isRole || _lexicon.IsGivenNameChar(text[g]) ? surname + 1 : 0;
        }

        // 李希|任组长, 王刚|兼秘书长: before a title, 任 and 兼 say what the person serves as.
        if (twoShape && "任兼".Contains(text[g + 1], StringComparison.Ordinal) && TitleMatcher.MatchAt(text, g + 2, _lexicon) > 0)
        {
            return surname + 1;
        }

        if (twoShape && _lexicon.MayBeGivenNameChar(text[g + 1]) && !AddressesBySurname(text, start, surname, g + 1))
        {
            return !isRole || (_lexicon.IsGivenNameChar(text[g]) && _lexicon.IsGivenNameChar(text[g + 1])) ? surname + 2 : 0;
        }

        // No follower: an office title still says a name is here, and most names have two given characters, unless
        // a verb starts after one (秦刚|召开会议); a role word (村民, 老师) is too often followed by other words to say so,
        // and a surname that is also a preposition (总统|向习近平致电, 议长|于日本) too often starts the clause instead.
        if (isRole || _lexicon.NonNames.LongestAt(text, start) > 0 || ChineseText.IsFunctionChar(text[start]))
        {
            return 0;
        }

        return ChineseText.IsHanAt(text, g + 1) && _lexicon.MayBeGivenNameChar(text[g + 1]) && !ChineseText.IsFunctionChar(text[g + 1])
            && _lexicon.Followers.LongestAt(text, g + 1) == 0 && _lexicon.Verbs.LongestAt(text, g + 1, 3) < 2
            && !WordOpeners.Contains(text[g + 1], StringComparison.Ordinal) && !AddressesBySurname(text, start, surname, g + 1)
            ? surname + 2 : surname + 1;
    }

    // 董事长王诚|王总, 总监孙晶|孙女士: the surname again at at, with a form of address or a title after it, addresses
    // the person just named.
    private bool AddressesBySurname(string text, int start, int surname, int at)
    {
        if (string.CompareOrdinal(text, start, text, at, surname) != 0)
        {
            return false;
        }

        var after = at + surname;
        return ChineseText.StartsWithAny(text, after, CourtesyWords) || TitleMatcher.MatchAt(text, after, _lexicon) > 0;
    }

    /// <summary>
    /// The length of a name that ends at <paramref name="end"/> and starts after a clause boundary or at one of
    /// <paramref name="starts"/> (where an organisation's name ends), or 0; longest first. With
    /// <paramref name="afterVerb"/>, a name of two given characters may also start after a verb (贯彻|习近平总书记,
    /// 牢记|习近平总书记).
    /// </summary>
    public int ReadEndingAt(string text, int end, bool strict = true, IReadOnlySet<int>? starts = null, bool afterVerb = false)
    {
        for (var len = 4; len >= 2; len--)
        {
            var start = end - len;
            if (start < 0)
            {
                continue;
            }

            // After a verb, only a full name of two given characters (会见古巴|国家主席 names no one).
            var verbStart = !(ChineseText.IsBoundaryAt(text, start - 1) || ChineseText.IsFunctionChar(text[start - 1]) || starts?.Contains(start) == true);
            if (verbStart && !(afterVerb && _lexicon.Verbs.LongestEndingAt(text, start, 3) > 0))
            {
                continue;
            }

            // 关于授权: after a verb, no name starts with a surname that is also a function word (于, 和).
            if (verbStart && ChineseText.IsFunctionChar(text[start]))
            {
                continue;
            }

            var surname = SurnameAt(text, start);
            var given = len - surname;
            if (surname == 0 || given is < 1 or > 2 || (verbStart && given != 2))
            {
                continue;
            }

            var ok = true;
            for (var i = start + surname; i < end && ok; i++)
            {
                ok = ChineseText.IsHan(text[i]) && (strict ? _lexicon.IsGivenNameChar(text[i]) : _lexicon.MayBeGivenNameChar(text[i]));
            }

            if (ok && !_lexicon.NonNames.Contains(text.AsSpan(start, len)))
            {
                return len;
            }
        }

        return 0;
    }

    /// <summary>
    /// The length of a name that starts at one of <paramref name="titleEnds"/> and ends at the speech cue at
    /// <paramref name="cue"/> (教授林间认为, 总经理向前进说), of whatever characters (林间 names seldom use, 向前进 a common
    /// word's), but no word that starts no name (院长|曾经说) and no preposition before those addressed (局长向大家介绍);
    /// 0 when there is none.
    /// </summary>
    public int ReadBetweenTitleAndCue(string text, int cue, IReadOnlySet<int> titleEnds)
    {
        for (var len = 4; len >= 2; len--)
        {
            var start = cue - len;
            if (start < 0 || !titleEnds.Contains(start))
            {
                continue;
            }

            var surname = SurnameAt(text, start);
            if (surname == 0 || len - surname is < 1 or > 2 || _lexicon.NameStops.LongestAt(text, start) > 0
                || _lexicon.NonNames.Contains(text.AsSpan(start, len))
                || AddressesOthers(text, start, surname))
            {
                return 0;
            }

            for (var i = start + surname; i < cue; i++)
            {
                if (!ChineseText.IsHan(text[i]) || ChineseText.IsFunctionChar(text[i]))
                {
                    return 0;
                }
            }

            return len;
        }

        return 0;
    }

    /// <summary>
    /// Whether the surname at <paramref name="start"/> is a preposition before those addressed (局长|向大家介绍): a function
    /// character with a word that names no one (non-names.txt) after it.
    /// </summary>
    public bool AddressesOthers(string text, int start, int surname) =>
        ChineseText.IsFunctionChar(text[start]) && _lexicon.NonNames.LongestAt(text, start + surname) > 0;

    /// <summary>The length of the surname at <paramref name="start"/>: 2 for a compound surname, 1, or 0.</summary>
    public int SurnameAt(string text, int start)
    {
        if (_lexicon.CompoundSurnames.LongestAt(text, start, 2) == 2 && ChineseText.IsHanAt(text, start + 2))
        {
            return 2;
        }

        return _lexicon.Surnames.LongestAt(text, start, 1);
    }

    /// <summary>Whether a name may end at <paramref name="end"/>: a follower word, punctuation, or the end of the text.</summary>
    public bool EndsName(string text, int end) =>
        end <= text.Length && (ChineseText.IsBoundaryAt(text, end) || _lexicon.Followers.LongestAt(text, end) > 0
            || TitleMatcher.MatchAt(text, end, _lexicon) > 0);

    // Function words that follow a name and never stand in a transliterated one.
    private const string AfterNames = "的了在和与及等对向从被把是将已也就";

    /// <summary>The characters of the standard transliteration tables (Xinhua's 译名手册) that make up most foreign names.</summary>
    public const string TransliterationChars =
        "阿埃艾爱安昂奥巴拜班邦鲍贝本比彼宾波伯布查达戴丹道德登迪蒂丁东杜顿多厄恩尔法菲费芬丰弗福盖甘戈格贡古哈海汉豪赫亨洪胡华霍基吉加贾杰金京卡凯坎康考柯科克肯库夸奎拉莱兰朗劳勒雷里利莉林琳隆卢鲁路伦罗洛马迈麦曼梅门蒙米明莫姆穆纳奈南内尼宁纽努诺帕潘佩皮普奇恰乔切琴丘萨塞桑瑟森沙尚舍什施舒斯松苏索塔泰坦汤特廷托瓦威韦维温沃乌西希谢辛休雅亚扬耶伊因英尤于约扎泽詹兹佐娜逊翰黛露妮茨夫斐琪娅莎";

    // Longest transliterated name read after a title.
    private const int MaxTransliterated = 6;

    // 总统普京|同习近平, 总统埃尔多安|表示: after an office title, a name of transliteration characters with no Chinese
    // surname, two to six long, ending where a name ends or before a function word (同 too: 普京同习近平会谈).
    private int ReadTransliterated(string text, int start)
    {
        var i = start;
        while (i < text.Length && i - start < MaxTransliterated && TransliterationChars.Contains(text[i], StringComparison.Ordinal)
            && !(i > start && _lexicon.Followers.LongestAt(text, i) >= 2))
        {
            i++;
        }

        var ends = i >= text.Length || EndsName(text, i) || AfterNames.Contains(text[i], StringComparison.Ordinal) || text[i] == '同';
        return i - start >= 2 && ends && _lexicon.NameStops.LongestAt(text, start) == 0 ? i - start : 0;
    }

    // 艾尔肯·吐尔逊: two or more runs of Han characters joined by a middle dot; the last run ends where a follower begins.
    private int ReadDotted(string text, int start)
    {
        var i = start;
        var parts = 0;
        bool hyphened = false, dotted = false;
        while (true)
        {
            var partStart = i;
            while (i < text.Length && ChineseText.IsHan(text[i]) && i - partStart < 8)
            {
                // 迪亚斯－卡内尔|发来贺电: the part after a hyphen is all transliteration.
                if (hyphened && !TransliterationChars.Contains(text[i], StringComparison.Ordinal))
                {
                    break;
                }

                // Transliterations use characters that are one-character followers elsewhere (阿不都拉): only a
                // longer follower or 说 ends the name.
                if (i > partStart && (i - partStart >= 2 || parts > 0) && (_lexicon.Followers.LongestAt(text, i) >= 2 || text[i] == '说')
                    && (i + 1 >= text.Length || !ChineseText.IsNameDot(text[i + 1])))
                {
                    break;
                }

                // 夏巴兹·谢里夫|在接受…, 菲勒蒙·扬|宣誓就任…: after the dot, a function word no transliteration uses
                // (阿不都拉 does use 都) or a verb ends the name.
                // 库兹涅佐夫|上校, 沃尔高|同一天: nor a military rank or 同 after it.
                if (parts > 0 && i > partStart && (AfterNames.Contains(text[i], StringComparison.Ordinal) || _lexicon.Verbs.LongestAt(text, i, 3) > 0
                    || (i - partStart >= 2 && (IsRankAt(text, i) || text[i] is '同' or '为' || WordOpeners.Contains(text[i], StringComparison.Ordinal)))))
                {
                    break;
                }

                i++;

                // 国家主席习近平致电唐纳德·特朗普: a verb that governs what follows (致电, 会见) is no part of a name, so
                // none starts before it.
                if (parts == 0 && i - partStart >= 2 && _lexicon.OrganizationLeftStops.LongestEndingAt(text, i, Math.Min(3, i - partStart)) > 0)
                {
                    return 0;
                }
            }

            if (i - partStart < 1 || (parts == 0 && i - partStart < 2))
            {
                return 0;
            }

            parts++;

            // 迪亚斯－卡内尔, 让-伊夫·勒德里昂: a hyphen joins the parts of a double name as the dot joins names.
            if (i < text.Length - 1 && (ChineseText.IsNameDot(text[i]) || (IsNameHyphen(text[i]) && i - partStart >= 2)) && ChineseText.IsHan(text[i + 1]))
            {
                hyphened = IsNameHyphen(text[i]);
                dotted |= !hyphened;
                i++;
                continue;
            }

            // 习近平主席同|阿库福-阿多总统: a name joined by hyphens alone does not start with a preposition.
            return parts >= 2 && (dotted || !ChineseText.IsFunctionChar(text[start])) ? i - start : 0;
        }
    }

    private static bool IsNameHyphen(char c) => c is '-' or '－' or '‐' or '‑';

    // 表示, 指出, 说: a report (the statements' cues), which follows names more surely than a time word (乔汉|近日前去).
    private static bool StartsWithReport(string text, int at) => Statements.SpeechCues.StartsAt(text, at);

    // Military ranks, written after a name (库兹涅佐夫上校): 上/中/少/大 and 将, 校 or 尉.
    private static bool IsRankAt(string text, int i) =>
        i + 1 < text.Length && "上中少大".Contains(text[i], StringComparison.Ordinal) && "将校尉".Contains(text[i + 1], StringComparison.Ordinal);

    private static int CountOf(ReadOnlySpan<char> span, string chars)
    {
        var count = 0;
        foreach (var c in span)
        {
            if (chars.Contains(c, StringComparison.Ordinal))
            {
                count++;
            }
        }

        return count;
    }
}
