using System.Globalization;
using PolicyGraph.Text;

namespace PolicyGraph.Extraction.Events;

/// <summary>
/// Adds a <see cref="MentionType.Event"/> mention for every named event: the full names <see cref="EventNamer"/>
/// finds, their forms without the year, and the short forms the article uses for them (物博会 for
/// 2024陆海新通道国际物流博览会). The canonical name is the fullest printed form; the date is the one the text gives.
/// </summary>
public sealed partial class EventStep : IExtractionStep
{
    /// <inheritdoc />
    public void Run(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.Text;
        var organizationStarts = new Dictionary<int, int>();
        foreach (var org in context.Mentions.Where(m => m.Type == MentionType.Organization))
        {
            organizationStarts[org.Span.End] = Math.Min(org.Span.Start, organizationStarts.GetValueOrDefault(org.Span.End, int.MaxValue));
        }

        var found = EventNamer.Default.Find(text, organizationStarts);
        var party = PartyMeetings(text, found);
        var standing = StandingMeetings(text, found, context.Place);
        var names = found.Concat(KnownShortNames(text, found)).Concat(party.Select(p => (p.Start, p.End))).Concat(standing.Select(m => (m.Start, m.End)))
            .Concat(LocalWorkMeetings(text, found, context.Place))
            .Where(n => !context.IsChrome(new TextSpan(n.Start, n.End))).ToList();
        if (names.Count == 0)
        {
            return;
        }

        var canonical = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (start, end) in names)
        {
            var name = text[start..end];
            var key = Key(name);
            if (!canonical.TryGetValue(key, out var best) || Better(name, best))
            {
                canonical[key] = name;
            }
        }

        foreach (var (key, name) in canonical.ToList())
        {
            if (KnownEvents.TryGetValue(name, out var full))
            {
                canonical[key] = full;
            }
        }

        var mentions = names.Select(n => (Span: new TextSpan(n.Start, n.End), Canonical: canonical[Key(text[n.Start..n.End])])).ToList();
        foreach (var full in canonical.Values.Distinct(StringComparer.Ordinal).ToList())
        {
            foreach (var span in ShortForms(text, full, mentions.Select(m => m.Span).ToList()))
            {
                if (!context.IsChrome(span))
                {
                    mentions.Add((span, full));
                }
            }
        }

        // 2025中国（重庆）国际汽车博览会（以下简称“重庆车展”）, 第十五届中国国际航空航天博览会（珠海航展）: a short form
        // the article declares, or an event's name in brackets right after another's, names that event wherever it
        // is written from there on, whether or not it is made of the name's characters.
        foreach (var form in context.ShortForms)
        {
            if (mentions.FindIndex(m => m.Span.End == form.Declaration.Start) is not (>= 0 and var named)
                || !(form.Declared || mentions.Exists(m => m.Span == form.Short)))
            {
                continue;
            }

            var full = mentions[named].Canonical;
            foreach (var use in Extraction.ShortForms.Uses(text, form))
            {
                var same = mentions.FindIndex(m => m.Span == use);
                if (same >= 0)
                {
                    mentions[same] = (use, full);
                }
                else if (!context.IsChrome(use) && !mentions.Exists(m => m.Span.Overlaps(use)))
                {
                    mentions.Add((use, full));
                }
            }
        }

        // 党的二十大, 二十届三中全会, 中国共产党第十九次全国代表大会: the party's meetings under their standard names; their
        // dates are history, not the article's.
        // A government's standing meeting is named with its place (河南省政府常务会议) and dated by the article, as is a
        // meeting of a whole province, city or county (安徽省防汛抗旱工作会议).
        var partyNames = party.ToDictionary(p => new TextSpan(p.Start, p.End), p => p.Canonical);
        var standingNames = standing.ToDictionary(m => new TextSpan(m.Start, m.End), m => m.Canonical);
        var undated = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < mentions.Count; i++)
        {
            var span = mentions[i].Span;
            var standard = partyNames.GetValueOrDefault(span) ?? StandardName(text, span.Start, span.Of(text));
            if (standard is not null)
            {
                mentions[i] = (span, standard);
                undated.Add(standard);
            }
            else if (standingNames.TryGetValue(span, out var meeting))
            {
                mentions[i] = (span, meeting);
            }
            else if (ScopedName(mentions[i].Canonical, context.Place) is { } scoped)
            {
                mentions[i] = (span, scoped);
            }
        }

        var dates = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (span, name) in mentions.OrderBy(m => m.Span.Start))
        {
            if (!dates.ContainsKey(name) && !undated.Contains(name) && DateOf(text, span, name, context.Document.Metadata.Published) is { } date)
            {
                dates[name] = date;
            }
        }

        foreach (var (span, name) in mentions)
        {
            context.Mentions.Add(new Mention(MentionType.Event, span, span.Of(text), name, Date: dates.GetValueOrDefault(name, string.Empty)));
        }
    }

    // The fullest printed form names the event: with its year or ordinal, and not an abbreviation.
    private static bool Better(string candidate, string current) =>
        KnownEvents.ContainsKey(current) != KnownEvents.ContainsKey(candidate) ? KnownEvents.ContainsKey(current)
        : HasYear(candidate) != HasYear(current) ? HasYear(candidate)
        : candidate.Length > current.Length;

    // One event in one article, whatever its form: 2024世界智能产业博览会 = 世界智能产业博览会; 第七届进博会 = 中国国际进口博览会.
    private static string Key(string name)
    {
        var key = WithoutOrdinal(WithoutYear(name));
        return KnownEvents.TryGetValue(key, out var full) ? full : key;
    }

    private static string WithoutOrdinal(string name)
    {
        var stop = name.StartsWith("首届", StringComparison.Ordinal) ? 2 : name.StartsWith('第') ? name.IndexOf('届', StringComparison.Ordinal) + 1 : 0;
        return stop > 0 && stop < name.Length - 2 ? name[stop..] : name;
    }

    private static bool HasYear(string name) =>
        name.Length > 4 && char.IsAsciiDigit(name[0]) && char.IsAsciiDigit(name[1]) && char.IsAsciiDigit(name[2]) && char.IsAsciiDigit(name[3]);

    // 2024世界智能产业博览会 and 世界智能产业博览会 are one event in one article.
    private static string WithoutYear(string name)
    {
        if (!HasYear(name))
        {
            return name;
        }

        var rest = name[4..];
        return rest.StartsWith('年') ? rest[1..] : rest;
    }

    private static readonly char[] SentenceEnds = ['。', '！', '？', '\n'];

    // The date in the mention's sentence: 11月6日，2024陆海新通道国际物流博览会在重庆开幕; …博览会于6月20日开幕.
    private static string? DateOf(string text, TextSpan mention, string name, string published)
    {
        // The date stands close before the name; looking no further than 40 characters back keeps this linear.
        var lookback = Math.Min(40, mention.Start);
        var sentenceStart = mention.Start == 0 ? 0 : text.LastIndexOfAny(SentenceEnds, mention.Start - 1, lookback) + 1;
        sentenceStart = Math.Max(sentenceStart, mention.Start - lookback);
        var before = PrintedDate.Last(text, sentenceStart, mention.Start);
        var date = before is { } b && mention.Start - b.End <= 15 ? before : null;
        if (date is null)
        {
            var afterEnd = mention.End + Math.Min(16, text.Length - mention.End);
            var match = PrintedDate.First(text, mention.End, afterEnd);
            date = match is { } m && m.Start - mention.End <= 6 && text.AsSpan(mention.End, m.Start - mention.End).Contains('于') ? match : null;
        }

        if (date is not { } d)
        {
            return null;
        }

        var year = d.YearStart >= 0 ? text.Substring(d.YearStart, 4)
            : HasYear(name) ? name[..4]
            : published.Length >= 4 ? published[..4] : null;
        var month = int.Parse(text[d.MonthStart..d.MonthEnd], CultureInfo.InvariantCulture);
        var day = int.Parse(text[d.DayStart..d.DayEnd], CultureInfo.InvariantCulture);
        return year is not null && month is >= 1 and <= 12 && day is >= 1 and <= 31
            ? string.Create(CultureInfo.InvariantCulture, $"{year}-{month:00}-{day:00}")
            : null;
    }
}
