using PolicyGraph.Extraction.Ner;
using PolicyGraph.Lexicon;
using PolicyGraph.Lexicon.Places;
using PolicyGraph.Text;

namespace PolicyGraph.Extraction.Entities;

/// <summary>
/// Merges the statistical tagger's mentions into the rule mentions: on the article genre the rules win, so a model
/// span that overlaps any rule mention is dropped; the model fills the gaps (persons, organisations and places the
/// rules have no context for), where the span has the shape of what it claims to be: a person a surname and
/// name characters, an organisation a name before an organisation word. Runs after the rule steps, positions
/// included: a model span never displaces what the rules read off a title chain.
/// </summary>
internal sealed class ModelMentionStep : IExtractionStep
{
    /// <summary>The working kind of a title only the model found: positions are read off rule titles alone.</summary>
    public const string ModelTitleKind = "model";

    // Last characters of the short government and party body names the People's Daily style tags (外交部, 国务院).
    private const string BodyEndings = "部委院局厅办署会社台行所校团党处站馆";

    // How transliterated town names end (顿涅茨克, 伏尔加格勒, 叶卡捷琳堡, 新帕夫利夫卡): not a person's.
    private static readonly WordSet PlaceEndings = new(["斯克", "茨克", "格勒", "堡", "夫卡", "方向"]);

    // Common words that end in a body ending (全局 ends in 局): 战略全局 is no organisation.
    private static readonly string[] CommonWordEndings =
    [
        "全局", "格局", "布局", "大局", "结局", "当局", "开局", "时局", "变局", "新局", "全会", "大会", "机会", "社会", "都会", "晚会",
        "聚会", "约会", "院所", "招商会", "博览会", "推介会", "洽谈会", "交流会", "研讨会", "座谈会", "发布会", "展销会", "交易会", "年会", "东西部",
    ];

    private static readonly string[] BylineWords = ["记者", "编辑", "通讯员", "摄影", "审核", "校对", "作者", "撰稿"];

    private readonly NerTagger _tagger;
    private readonly EntityLexicon _lexicon;
    private readonly NameReader _names;
    private readonly NameList _lists;

    /// <summary>A step merging the mentions of <paramref name="tagger"/>, checked against <paramref name="lexicon"/>.</summary>
    public ModelMentionStep(NerTagger tagger, EntityLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(lexicon);
        _tagger = tagger;
        _lexicon = lexicon;
        _names = new NameReader(lexicon);
        _lists = new NameList(lexicon, _names);
    }

    /// <inheritdoc/>
    public void Run(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.Text;
        if (!IsArticle(context.Document))
        {
            MergeModelFirst(context);
            return;
        }

        var rules = new SpanIndex(text.Length, context.Mentions.Select(m => m.Span));
        var titleEnds = context.Mentions.Where(m => m.Type == MentionType.Title).Select(m => m.Span.End).ToHashSet();
        var titleStarts = context.Mentions.Where(m => m.Type == MentionType.Title).Select(m => m.Span.Start).ToHashSet();
        var ruledPersons = new Dictionary<TextSpan, string>();
        foreach (var ruled in context.Mentions.Where(m => m.Type == MentionType.Person))
        {
            ruledPersons.TryAdd(ruled.Span, ruled.Canonical);
        }

        var places = new HashSet<string>(StringComparer.Ordinal);
        var modelPersons = new HashSet<string>(StringComparer.Ordinal);
        string? standing = null;
        foreach (var span in _tagger.Tag(text))
        {
            var where = span.Type == MentionType.Person ? NameBeforeVerb(text, new TextSpan(span.Start, span.End))
                : span.Type == MentionType.Organization ? AfterLeftStop(text, new TextSpan(span.Start, span.End))
                : new TextSpan(span.Start, span.End);
            if (span.Type == MentionType.Place && titleStarts.Contains(where.End) && ruledPersons.TryGetValue(where, out var named))
            {
                places.Add(named);
            }
            else if (span.Type == MentionType.Person && ruledPersons.TryGetValue(where, out var person))
            {
                modelPersons.Add(person);
            }

            if (rules.Overlaps(where) || context.IsChrome(where)
                || (span.Type == MentionType.Organization && OrganizationStep.IsForeignShortForm(_lexicon, text, where)))
            {
                continue;
            }

            var words = where.Of(text);
            var keep = span.Type switch
            {
                MentionType.Person => IsPersonShaped(text, where, titleEnds),
                MentionType.Organization => IsOrganizationShaped(words) && !OrganizationStep.EndsInsideWord(text, where.End),
                _ => true,
            };
            if (span.Type == MentionType.Organization && words == StandingCommittee)
            {
                // 常委会 alone is the one standing committee the article names (扬州市人民代表大会常务委员会), or none.
                standing ??= StandingCommitteeOf(context);
                keep = standing.Length > 0;
            }

            if (keep)
            {
                var kind = span.Type == MentionType.Title ? ModelTitleKind : span.Kind;
                var canonical = span.Type != MentionType.Organization ? words
                    : words == StandingCommittee ? standing!
                    : OrganizationStep.MissionName(words);
                context.Mentions.Add(new Mention(span.Type, where, words, canonical, kind));
            }
        }

        // 阿克苏将…, 科尔沁: a name the model reads as a person and, elsewhere in the article, as a place the gazetteer
        // knows is the place.
        var placeNames = context.Mentions.Where(m => m.Type == MentionType.Place).Select(m => m.Text).ToHashSet(StringComparer.Ordinal);
        context.Mentions.RemoveAll(m => m.Type == MentionType.Person && placeNames.Contains(m.Text) && !ruledPersons.ContainsKey(m.Span)
            && PlaceGazetteer.Default.Names(m.Text));

        // 古巴|国家主席: a name the rules read before a title where the model reads a place, and nowhere a person, is
        // the place (a country before its head's title).
        places.ExceptWith(modelPersons);
        if (places.Count > 0)
        {
            context.Mentions.RemoveAll(m => m.Type == MentionType.Person && places.Contains(m.Canonical));
            context.Positions.RemoveAll(p => places.Contains(p.Person));
        }

        // 省领导王一鸥、谢卫江、张迎龙: names neither the rules nor the model read, listed with ones they did.
        var persons = context.Mentions.Where(m => m.Type == MentionType.Person).Select(m => m.Span).ToList();
        foreach (var name in _lists.Neighbours(text, persons, context.Mentions.Select(m => m.Span), titleEnds))
        {
            if (!context.IsChrome(name))
            {
                var words = name.Of(text);
                context.Mentions.Add(new Mention(MentionType.Person, name, words, words, string.Empty));
            }
        }
    }

    /// <summary>
    /// Whether the document is of the genre the rules are written for: an article with its metadata or of article
    /// length. A lone sentence of another genre (the public NER sets) is the model's ground.
    /// </summary>
    public static bool IsArticle(Ingest.SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var meta = document.Metadata;
        return meta.Source.Length > 0 || meta.Place.Length > 0 || meta.Published.Length > 0 || document.Text.Length > ArticleLength;
    }

    private const int ArticleLength = 400;

    // Outside the genre the model wins (measured on the public NER sets: rule mentions filling its gaps cost more
    // precision than they gained recall), bare organisation words and surnames with a form of address aside (政府, 王先生: no name), except for a rule title right before a person the model found (局长张三),
    // and a body of the curated national lexicon (known-orgs.tsv: 民进, 国务院) where the model found nothing there —
    // the rule patterns that add more than they cost there; names the model left out of a list of names are added.
    private void MergeModelFirst(ExtractionContext context)
    {
        var text = context.Text;
        var model = new List<Mention>();
        foreach (var span in _tagger.Tag(text))
        {
            var where = new TextSpan(span.Start, span.End);
            if (!context.IsChrome(where) && !(span.Type == MentionType.Organization && _lexicon.IsBareHead(where.Of(text)))
                && !(span.Type == MentionType.Person && IsSurnameWithCourtesy(text, where)))
            {
                var words = where.Of(text);
                model.Add(new Mention(span.Type, where, words, words, span.Type == MentionType.Title ? string.Empty : span.Kind));
            }
        }

        var taken = new SpanIndex(text.Length, model.Select(m => m.Span));
        var persons = model.Where(m => m.Type == MentionType.Person).Select(m => m.Span).ToList();
        var names = _lists.Missing(text, persons, taken);
        foreach (var (person, parts) in _lists.RunTogether(text, persons))
        {
            model.RemoveAll(m => m.Type == MentionType.Person && m.Span == person);
            names.AddRange(parts);
        }

        foreach (var name in names)
        {
            var words = name.Of(text);
            model.Add(new Mention(MentionType.Person, name, words, words, string.Empty));
        }

        var personStarts = model.Where(m => m.Type == MentionType.Person).Select(m => m.Span.Start).ToHashSet();
        context.Mentions.RemoveAll(m => m.Type is not (MentionType.Initiative or MentionType.Event)
            && !(m.Type == MentionType.Title && m.Kind.Length == 0 && personStarts.Contains(m.Span.End) && !taken.Overlaps(m.Span))
            && !(m.Type == MentionType.Organization && _lexicon.KnownOrganizations.ContainsKey(m.Text) && !taken.Overlaps(m.Span)));
        context.Mentions.AddRange(model);
    }

    // 王先生, 李总, 陈某, 张经理: a surname with a form of address or 某 names nobody the graph can tell apart.
    private bool IsSurnameWithCourtesy(string text, TextSpan span)
    {
        var surname = _names.SurnameAt(text, span.Start);
        if (surname == 0 || surname > span.Length)
        {
            return false;
        }

        var rest = text.AsSpan(span.Start + surname, span.Length - surname);
        var after = text.AsSpan(span.End);
        foreach (var word in NameReader.CourtesyWords)
        {
            // After a bare surname 总 may begin a title (江总书记), so only a two-character form counts there.
            if (rest.SequenceEqual(word) || (rest.IsEmpty && word.Length > 1 && after.StartsWith(word, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsPersonShaped(string text, TextSpan span, HashSet<int> titleEnds)
    {
        var words = span.Of(text);
        if (words.Length < 2 || _lexicon.NonNames.Contains(words) || words[0] is '老' or '小' || IsByline(text, span.Start))
        {
            return false;
        }

        // ‘徐香’猕猴桃: a word in quotation marks names a thing (a variety, a brand), not a person.
        if (span.Start > 0 && span.End < text.Length && text[span.Start - 1] is '‘' or '“' && text[span.End] is '’' or '”')
        {
            return false;
        }

        var dot = words.AsSpan().IndexOfAny(ChineseText.NameDots);
        if (dot >= 0)
        {
            // A dotted name ends the phrase it stands in (光联万物·智启未来 is a slogan).
            return dot >= 2 && _names.EndsName(text, span.End);
        }

        // 殷殷嘱托: a surname doubled starts no name (a transliteration may double one: 马马迪·敦布亚).
        if (words[0] == words[1] && _names.SurnameAt(text, span.Start) > 0)
        {
            return false;
        }

        // In an article a name stands as a word: after a clause start, a title or an organisation, or before a word
        // that follows names (not 陆海新 out of 西部陆海新通道).
        if (!(ChineseText.IsBoundaryAt(text, span.Start - 1) || ChineseText.IsFunctionChar(text[span.Start - 1]) || titleEnds.Contains(span.Start)
            || _names.EndsName(text, span.End)))
        {
            return false;
        }

        var surname = _names.SurnameAt(text, span.Start);

        // 副局长逯军: right after a title, a name of a surname too rare for the list (逯, 南) is taken as the model reads
        // it, when the rest of it is given-name characters and a word that follows names comes next.
        if (surname == 0 && titleEnds.Contains(span.Start) && words.Length is 2 or 3 && words.All(ChineseText.IsHan)
            && words.Skip(1).All(_lexicon.IsGivenNameChar) && _names.EndsName(text, span.End))
        {
            return true;
        }

        if (surname == 0)
        {
            // A transliterated foreign name (克林顿): mostly the characters transliteration uses, standing as a
            // word of its own (not 萨克文 out of 哈萨克文), and not ending as a town does (顿涅茨克, 新帕夫利夫卡).
            return words.Length >= 3 && words.Count(c => NameReader.TransliterationChars.Contains(c, StringComparison.Ordinal)) * 3 >= words.Length * 2
                && PlaceEndings.LongestEndingAt(words, words.Length) == 0
                && (ChineseText.IsBoundaryAt(text, span.Start - 1) || ChineseText.IsFunctionChar(text[span.Start - 1]) || titleEnds.Contains(span.Start))
                && _names.EndsName(text, span.End);
        }

        var given = words.Length - surname;
        return given is 1 or 2 && words.Skip(surname).All(c => ChineseText.IsHan(c) && _lexicon.IsGivenNameChar(c));
    }

    // 王毅应|邀, 李希宣|布, 尹力和|…: a three-character name the model read into the verb or word after it is the
    // two characters before, where that word starts (应邀, 宣布, 和) and the three end no name.
    private TextSpan NameBeforeVerb(string text, TextSpan span)
    {
        if (span.Length != 3 || !span.Of(text).All(ChineseText.IsHan) || _names.SurnameAt(text, span.Start) != 1 || _names.EndsName(text, span.End))
        {
            return span;
        }

        var last = span.End - 1;
        return _lexicon.Followers.LongestAt(text, last) > 0 || _lexicon.Verbs.LongestAt(text, last, 3) >= 2 ? new TextSpan(span.Start, last) : span;
    }

    // （记者 钱程）, 责任编辑：谭雪, 通讯员 张华: page furniture names, not persons of the story.
    private static bool IsByline(string text, int start)
    {
        var i = start;
        while (i > 0 && text[i - 1] is ' ' or '\u3000' or ':' or '：' or '、' or '，' or ',')
        {
            i--;
        }

        foreach (var word in BylineWords)
        {
            if (i >= word.Length && string.CompareOrdinal(text, i - word.Length, word, 0, word.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    // Level words a bare body's name opens with (区科技局, 市行政审批服务局).
    private const string Levels = "省市区县镇乡";

    // 组织|区行政审批服务局: an organisation the model reads from a word that names end before, followed by a level
    // word, starts after the word.
    private TextSpan AfterLeftStop(string text, TextSpan span)
    {
        var stop = _lexicon.OrganizationLeftStops.LongestAt(text, span.Start, 3);
        return stop > 0 && span.Length - stop >= 3 && Levels.Contains(text[span.Start + stop], StringComparison.Ordinal)
            ? new TextSpan(span.Start + stop, span.End) : span;
    }

    private const string StandingCommittee = "常委会";

    // The canonical name of the one standing committee the rules found in the article, or empty when it names none
    // or several.
    private static string StandingCommitteeOf(ExtractionContext context)
    {
        var named = context.Mentions.Where(m => m.Type == MentionType.Organization && m.Canonical.EndsWith("常务委员会", StringComparison.Ordinal))
            .Select(m => m.Canonical).Distinct(StringComparer.Ordinal).Take(2).ToList();
        return named.Count == 1 ? named[0] : string.Empty;
    }

    private bool IsOrganizationShaped(string words)
    {
        if (words.Length < 2 || !(ChineseText.IsHan(words[0]) || words[0] == '《' || char.IsAsciiLetter(words[0])))
        {
            return false;
        }

        if (_lexicon.KnownOrganizations.ContainsKey(words))
        {
            return true;
        }

        // 第七届委员会: one term's committee of a body named elsewhere, no name.
        if (CommonWordEndings.Any(w => words.EndsWith(w, StringComparison.Ordinal)) || OrganizationStep.IsPlatformClass(words) || OrganizationStep.TermAt(words) == 0)
        {
            return false;
        }

        var suffix = _lexicon.OrganizationSuffixes.LongestEndingAt(words, words.Length);
        if (suffix == 0 && !BodyEndings.Contains(words[^1], StringComparison.Ordinal))
        {
            return false;
        }

        var stem = words.Length - Math.Max(suffix, 1);
        return stem >= 2 && !_lexicon.IsOnlyDescriptors(words, 0, stem);
    }
}
