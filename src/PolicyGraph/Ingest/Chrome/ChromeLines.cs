using PolicyGraph.Ingest.Metadata;

namespace PolicyGraph.Ingest.Chrome;

/// <summary>What kind of page furniture a line is.</summary>
internal enum ChromeKind
{
    /// <summary>Not furniture: article text.</summary>
    None,

    /// <summary>您所在位置：首页 &gt;&gt; 新闻中心.</summary>
    Breadcrumb,

    /// <summary>分享到, 微信 微博.</summary>
    Share,

    /// <summary>【打印】【关闭】, 【字体：大 中 小】, 上一篇.</summary>
    Tools,

    /// <summary>责任编辑, 审核, 校对.</summary>
    Editor,

    /// <summary>（记者 XX）, 本报记者 XX.</summary>
    Byline,

    /// <summary>发布时间 | 来源 | 浏览次数.</summary>
    Metadata,

    /// <summary>The footer "site | date" line, 版权所有, ICP备.</summary>
    Footer,

    /// <summary>请进行滑动验证, a lone "x".</summary>
    Widget,
}

/// <summary>Classifies one trimmed line of a page as article text or as a kind of page furniture.</summary>
internal static class ChromeLines
{
    private static readonly string[] BreadcrumbWords = ["您所在位置", "您所在的位置", "当前位置", "您当前的位置", "您现在的位置", "所在位置", "当前的位置", "现在位置"];
    private static readonly string[] ToolWords =
    [
        "【打印", "【关闭", "[打印", "[关闭", "打印本页", "关闭窗口", "打印此页", "【字体", "【字号", "字号：", "字号:", "字体：", "字体:",
        "大 中 小", "返回顶部", "收藏本页", "加入收藏", "【收藏", "【纠错",
    ];

    private static readonly string[] ToolStarts = ["上一篇", "下一篇", "相关阅读", "相关新闻", "相关链接", "扫一扫", "扫码"];
    private static readonly string[] EditorWords =
    [
        "责任编辑", "责编", "编辑", "审核", "校对", "初审", "复审", "终审", "审校", "监制", "值班编辑", "编审", "审签", "一审", "二审", "三审", "签发", "网络编辑", "美编",
    ];

    private static readonly string[] BylineStarts = ["本报记者", "本报通讯员", "记者", "通讯员", "实习生", "文/", "文／", "图/", "图／", "文：", "文:", "图：", "图:", "摄影", "文 /", "撰稿"];
    private static readonly string[] MetadataWords =
    [
        "来源：", "来源:", "信息来源", "稿件来源", "文章来源", "作者：", "浏览次数", "阅读次数", "点击数", "点击量", "访问量", "浏览量",
        "发布时间", "发布日期", "发表时间", "更新时间", "发稿时间",
    ];

    private static readonly string[] FooterWords = ["ICP备", "版权所有", "主办单位", "承办单位", "网站标识码", "公网安备", "技术支持：", "联系我们", "网站地图", "Copyright", "copyright"];
    private static readonly string[] WidgetWords = ["请进行滑动验证", "向右滑动", "拖动滑块", "滑动验证"];
    private static readonly string[] LoneWords = ["x", "X", "×", "✕", "✖", "关闭", "返回", "|"];
    private static readonly string[] ShareTargets = ["微信", "微博", "QQ空间", "QQ", "朋友圈", "新浪微博", "腾讯微博", "人人网", "豆瓣", "今日头条"];

    /// <summary>The kind of furniture <paramref name="line"/> is (<see cref="ChromeKind.None"/> for article text).</summary>
    public static ChromeKind Classify(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var n = line.Length;
        return n > 150 ? ChromeKind.None
            : Array.IndexOf(LoneWords, line) >= 0 ? ChromeKind.Widget
            : n <= 30 && ContainsAny(line, WidgetWords) ? ChromeKind.Widget
            : n <= 150 && IsMetadata(line) ? ChromeKind.Metadata
            : n <= 120 && IsBreadcrumb(line) ? ChromeKind.Breadcrumb
            : n <= 100 && (line.Contains("分享到", StringComparison.Ordinal) || line.Contains("分享至", StringComparison.Ordinal) || IsShareTargets(line)) ? ChromeKind.Share
            : n <= 100 && (ContainsAny(line, ToolWords) || StartsWithAny(line, ToolStarts)) ? ChromeKind.Tools
            : n <= 60 && IsEditor(line) ? ChromeKind.Editor
            : n <= 40 && IsByline(line) ? ChromeKind.Byline
            : n <= 150 && ContainsAny(line, FooterWords) ? ChromeKind.Footer
            : n <= 60 && IsSiteDate(line) ? ChromeKind.Footer
            : ChromeKind.None;
    }

    // 首页 > 新闻中心 > 正文, 网站首页 » 要闻, 首页 / 政务公开 / 通知公告.
    // 来源 counts where it starts a field (来源：X, | 来源:X), not inside a sentence (资金来源：中央财政).
    private static bool IsMetadata(string line)
    {
        foreach (var word in MetadataWords)
        {
            for (var at = line.IndexOf(word, StringComparison.Ordinal); at >= 0; at = line.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                if (!word.StartsWith("来源", StringComparison.Ordinal) || FieldLabel.StartsField(line, at))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsBreadcrumb(string line)
    {
        if (ContainsAny(line, BreadcrumbWords))
        {
            return true;
        }

        var home = line.IndexOf("首页", StringComparison.Ordinal);
        return home is >= 0 and <= 4 && line.AsSpan(home).IndexOfAny(">＞»›→/／") >= 0
            && line.AsSpan().IndexOfAny("。，；！？") < 0;
    }

    // Every word between separators is a share target (微信 微博 QQ空间), and there is one at least; read in place,
    // as a split would copy every short line.
    private static bool IsShareTargets(string line)
    {
        var words = 0;
        var rest = line.AsSpan();
        while (rest.Length > 0)
        {
            var cut = rest.IndexOfAny(ShareSeparators);
            var word = cut < 0 ? rest : rest[..cut];
            rest = cut < 0 ? [] : rest[(cut + 1)..];
            if (word.Length == 0)
            {
                continue;
            }

            if (!IsShareTarget(word))
            {
                return false;
            }

            words++;
        }

        return words > 0;
    }

    private const string ShareSeparators = " \u3000|｜";

    private static bool IsShareTarget(ReadOnlySpan<char> word)
    {
        foreach (var target in ShareTargets)
        {
            if (word.SequenceEqual(target))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsEditor(string line)
    {
        var s = line.TrimStart('【', '[', '(', '（');
        foreach (var word in EditorWords)
        {
            if (s.StartsWith(word, StringComparison.Ordinal) && s.Length > word.Length && s[word.Length] is ':' or '：' or ' ' or '\u3000' or '/')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the line is a reporter credit: （记者 钱程）, 本报记者 张三 李四.</summary>
    public static bool IsByline(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var s = line;
        if (s.Length >= 2 && s[0] is '(' or '（' && s[^1] is ')' or '）')
        {
            s = s[1..^1].Trim();
        }

        return StartsWithAny(s, BylineStarts) && s.AsSpan().IndexOfAny("。，；！？,;“”\"") < 0;
    }

    private static bool IsSiteDate(string line)
    {
        var dates = DateText.Find(line);
        if (dates.Count == 0 || !dates[0].HasYear)
        {
            return false;
        }

        var rest = line.Remove(dates[0].Start, dates[0].Length);
        var letters = rest.Count(c => !char.IsWhiteSpace(c) && c is not ('|' or '｜' or '-' or '—' or '·' or ':' or '：' or '/'));
        return letters <= 25 && rest.AsSpan().IndexOfAny("。，；！？") < 0;
    }

    // Loops, not Any(): every line of every document is classified, and a capturing lambda allocates per call.
    private static bool ContainsAny(string line, string[] words)
    {
        foreach (var word in words)
        {
            if (line.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWithAny(string line, string[] words)
    {
        foreach (var word in words)
        {
            if (line.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
