namespace PolicyGraph.Extraction.Ner;

internal sealed partial class NerTagger
{
    // How the two models' spans combine, chosen by measuring alternatives on both public dev sets (Models/README.md):
    // 1. a CLUENER government/party body that strictly contains People's Daily spans wins (天津市政府 over 天津市);
    // 2. then People's Daily persons, organisations and places, except a person that the CLUENER model reads
    //    as another entity or part of one (a game, a book, a football club): that model reads the first model's tags
    //    as features, so where it still disagrees on the same span it has learnt to overrule them;
    // 3. then CLUENER titles, organisations and persons wherever nothing was kept yet; a CLUENER title that starts
    //    with a kept organisation keeps its rest (国务院总理 → 国务院 + 总理); a CLUENER person only where the
    //    People's Daily model saw some entity too (alone, that model's persons were wrong two times in three on both
    //    public sets: 高峰, 维吾尔, OpenGL), or that the name lexicon knows as a person.
    // 4. People's Daily places inside kept CLUENER bodies and titles, and its organisations inside CLUENER titles, nested;
    //    so is the ministry in a minister's title (外交部 in 外交部长).
    // An organisation both models find takes the CLUENER model's kind. A CLUENER organisation only that model found
    // must have the shape of one body's name (IsBodyShaped).
    // Written as plain loops over lists reused across segments: most news sentences name someone, so this runs for
    // most segments, and closures and LINQ here were a large share of a build's garbage.
    private void Merge(string text, List<(string Label, int Start, int End)> pd, List<(string Label, int Start, int End)> clue, MergeBuffers buffers, List<NerSpan> found)
    {
        var (pdSpans, clueSpans, kept, others) = (buffers.PeoplesDaily, buffers.ClueNer, buffers.Kept, buffers.Others);
        pdSpans.Clear();
        clueSpans.Clear();
        kept.Clear();
        others.Clear();
        foreach (var p in pd)
        {
            pdSpans.Add(FromPeoplesDaily(text, p));
        }

        foreach (var c in clue)
        {
            var span = FromClueNer(text, c);
            if (IsBodyShaped(text, span, pdSpans))
            {
                clueSpans.Add(span);
            }
        }

        // Each model's spans are apart, so (rank, start) orders them without ties, as a stable sort would.
        for (var i = 0; i < pdSpans.Count; i++)
        {
            pdSpans[i] = WithClueKind(text, pdSpans[i], clueSpans);
        }

        pdSpans.Sort(ByRankThenStart);
        foreach (var body in clueSpans)
        {
            if (body.Kind is OrganizationKinds.Government or OrganizationKinds.Party && HoldsOnlyShorterSpans(body, pdSpans))
            {
                Keep(kept, body);
            }
        }

        foreach (var span in pdSpans)
        {
            if (!(span.Type == MentionType.Person && IsOverlappedByOrganizationOrEvent(span, clueSpans)))
            {
                Keep(kept, span);
            }
        }

        foreach (var c in clueSpans)
        {
            if (c.Type != MentionType.Event)
            {
                others.Add(c);
            }
        }

        others.Sort(ByRankThenStart);
        foreach (var span in others)
        {
            if (span.Type == MentionType.Person && !OverlapsAny(span, pdSpans) && !IsKnownPerson(text, span))
            {
                continue;
            }

            Keep(kept, span.Type == MentionType.Title ? AfterLeadingBody(kept, span) : span);
        }

        AddNested(kept, pdSpans);
        AddMinistries(text, kept);
        kept.Sort(ByStartThenLongerFirst);
        found.AddRange(kept);
    }

    private static readonly Comparison<NerSpan> ByRankThenStart =
        (a, b) => Rank(a.Type) != Rank(b.Type) ? Rank(a.Type).CompareTo(Rank(b.Type)) : a.Start.CompareTo(b.Start);

    private static readonly Comparison<NerSpan> ByStartThenLongerFirst =
        (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End);

    // Whether some People's Daily span overlaps the body and every one that does lies strictly inside it.
    private static bool HoldsOnlyShorterSpans(NerSpan body, List<NerSpan> pdSpans)
    {
        var any = false;
        foreach (var p in pdSpans)
        {
            if (Overlaps(p, body))
            {
                if (!(p.Start >= body.Start && p.End <= body.End && p.Length < body.Length))
                {
                    return false;
                }

                any = true;
            }
        }

        return any;
    }

    private static bool IsOverlappedByOrganizationOrEvent(NerSpan span, List<NerSpan> clueSpans)
    {
        foreach (var c in clueSpans)
        {
            if (c.Type is MentionType.Organization or MentionType.Event && Overlaps(c, span))
            {
                return true;
            }
        }

        return false;
    }

    private static bool OverlapsAny(NerSpan span, List<NerSpan> spans)
    {
        foreach (var other in spans)
        {
            if (Overlaps(other, span))
            {
                return true;
            }
        }

        return false;
    }

    // A People's Daily place inside a kept CLUENER body or title, or organisation inside a kept CLUENER title, is a name
    // of its own, nested in the longer one: 中国 in the government 中国政府 (the body is located there), 外交部 in the
    // title 外交部长. Each is kept beside its container. Not an organisation inside an organisation (全国人民代表大会 in
    // 全国人民代表大会香港特别行政区筹备委员会 is part of that body's name), nor a person inside any name.
    private static void AddNested(List<NerSpan> kept, List<NerSpan> pdSpans)
    {
        var outer = kept.Count;
        foreach (var span in pdSpans)
        {
            if (span.Type is MentionType.Place or MentionType.Organization && !kept.Contains(span) && HasContainer(kept, outer, span)
                && !OverlapsAny(span, kept, outer))
            {
                kept.Add(span);
            }
        }
    }

    // Whether one of the first `outer` kept names may hold the span nested: a title any, an organisation a place.
    private static bool HasContainer(List<NerSpan> kept, int outer, NerSpan span)
    {
        for (var i = 0; i < outer; i++)
        {
            var k = kept[i];
            if ((k.Type == MentionType.Title || (k.Type == MentionType.Organization && span.Type == MentionType.Place)) && Contains(k, span))
            {
                return true;
            }
        }

        return false;
    }

    private static bool OverlapsAny(NerSpan span, List<NerSpan> spans, int from)
    {
        for (var i = from; i < spans.Count; i++)
        {
            if (Overlaps(spans[i], span))
            {
                return true;
            }
        }

        return false;
    }

    // 外交部长 and 政务司长 are the heads of 外交部 and 政务司, written with the 部 or 司 said once: the body is nested
    // in the title. Not for a deputy (常务副部长: no body named).
    private static void AddMinistries(string text, List<NerSpan> kept)
    {
        // Only the titles kept before this step: the bodies it adds are no titles.
        var count = kept.Count;
        for (var i = 0; i < count; i++)
        {
            var title = kept[i];
            if (title.Type != MentionType.Title || title.Length < 4)
            {
                continue;
            }

            var name = text.AsSpan(title.Start, title.Length - 1);
            if (text[title.End - 1] == '长' && MinistryHeads.Contains(name[^1], StringComparison.Ordinal) && !name.ContainsAny("副总") && !OverlapsOther(kept, title))
            {
                kept.Add(new NerSpan(MentionType.Organization, OrganizationKinds.Guess(name, OrganizationKinds.Government), title.Start, title.End - 1));
            }
        }
    }

    private static bool OverlapsOther(List<NerSpan> kept, NerSpan span)
    {
        foreach (var k in kept)
        {
            if (k != span && Overlaps(k, span))
            {
                return true;
            }
        }

        return false;
    }

    private const string MinistryHeads = "部司局厅署";

    private static bool Contains(NerSpan outer, NerSpan inner) =>
        outer.Start <= inner.Start && inner.End <= outer.End && outer.Length > inner.Length;

    // A CLUENER organisation the People's Daily model did not find on the same span must name one body: it has two
    // characters or more, starts with a letter or digit (not 《中国人民解放军) and holds no bracket, quote or comma
    // before its end (not 局（公司), is not cut out of a longer word
    // (民主党 out of 民主党派), is not a generic word (政府, 各级党委) or a piece of one (国政府 out of
    // 两国政府), nor a People's Daily organisation with a generic word after it (国务院有关部门: the body is 国务院),
    // not two names joined (中国与东盟), and a government body must end like one (not 俄罗斯外交); any other must be known
    // or headed (IsKnownOrHeaded).
    private bool IsBodyShaped(string text, NerSpan span, List<NerSpan> pdSpans)
    {
        if (span.Type != MentionType.Organization || HasSameSpan(span, pdSpans))
        {
            return true;
        }

        var name = text.AsSpan(span.Start, span.Length);
        if (name.Length < 2 || !char.IsLetterOrDigit(name[0]) || name[..^1].ContainsAny("（(《“\"，,、；;：:") || BodyShape.IsCutShort(text, span.End) || BodyShape.IsGeneric(name) || BodyShape.IsGenericPiece(name)
            || BodyShape.IsCoordination(text, span.Start, span.End, pdSpans) || HasGenericTail(text, span, pdSpans) || IsUnnamedGeneric(text, span, pdSpans))
        {
            return false;
        }

        return span.Kind is OrganizationKinds.Government or OrganizationKinds.Party ? BodyShape.HasHead(name) : IsKnownOrHeaded(name);
    }

    private static bool HasSameSpan(NerSpan span, List<NerSpan> spans)
    {
        foreach (var other in spans)
        {
            if (other.Start == span.Start && other.End == span.End)
            {
                return true;
            }
        }

        return false;
    }

    // A company or other organisation in Han characters only (not 腾讯's kin in Latin letters) is a name the lexicon
    // knows as an organisation, or has a head that gives its kind (集团, 协会): not 新闻, 农业, 国航空.
    private bool IsKnownOrHeaded(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
        {
            if (!char.IsBetween(c, '\u4E00', '\u9FFF'))
            {
                return true;
            }
        }

        return (LexiconTypes(name) & NerLexicon.Organization) != 0 || OrganizationKinds.Guess(name, string.Empty).Length > 0;
    }

    // A generic word with words before it that hold no People's Daily name (警醒政府, 源源交付部队): no body named.
    private static bool IsUnnamedGeneric(string text, NerSpan span, List<NerSpan> pdSpans)
    {
        var generic = BodyShape.GenericEnding(text.AsSpan(span.Start, span.Length));
        if (generic == 0)
        {
            return false;
        }

        foreach (var p in pdSpans)
        {
            if (p.Start < span.End - generic && span.Start < p.End)
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasGenericTail(string text, NerSpan span, List<NerSpan> pdSpans)
    {
        foreach (var p in pdSpans)
        {
            if (p.Type == MentionType.Organization && p.Start == span.Start && p.End < span.End && BodyShape.IsGeneric(text.AsSpan(p.End, span.End - p.End)))
            {
                return true;
            }
        }

        return false;
    }

    // A name the training corpora label as a person (the lexicon both models read) confirms a person only the CLUENER
    // model found.
    private bool IsKnownPerson(string text, NerSpan span) => (LexiconTypes(text.AsSpan(span.Start, span.Length)) & NerLexicon.Person) != 0;

    // The lexicon's type bits of a name, folded on the stack (names are short).
    private byte LexiconTypes(ReadOnlySpan<char> name)
    {
        if (_lexicon is null)
        {
            return 0;
        }

        var folded = name.Length <= 64 ? stackalloc char[name.Length] : new char[name.Length];
        NerChars.FoldAll(name, folded);
        return _lexicon.TypesOf(folded);
    }

    private static NerSpan AfterLeadingBody(List<NerSpan> kept, NerSpan title)
    {
        NerSpan? body = null;
        foreach (var k in kept)
        {
            if (k.Type == MentionType.Organization && k.Start == title.Start && k.End < title.End)
            {
                body = k;
                break;
            }
        }

        return body is not null && !OverlapsOther(kept, title, body) ? title with { Start = body.End } : title;
    }

    private static bool OverlapsOther(List<NerSpan> kept, NerSpan span, NerSpan except)
    {
        foreach (var k in kept)
        {
            if (k != except && Overlaps(k, span))
            {
                return true;
            }
        }

        return false;
    }

    // Where both models find the same organisation and its name has no telling head (欧盟, 北约), the CLUENER
    // model's kind, read from context, replaces the People's Daily fallback.
    private static NerSpan WithClueKind(string text, NerSpan span, List<NerSpan> clueSpans)
    {
        if (span.Type != MentionType.Organization)
        {
            return span;
        }

        foreach (var same in clueSpans)
        {
            if (same.Type == MentionType.Organization && same.Start == span.Start && same.End == span.End)
            {
                return span with { Kind = OrganizationKinds.Guess(text.AsSpan(span.Start, span.Length), same.Kind) };
            }
        }

        return span;
    }

    private static NerSpan FromPeoplesDaily(string text, (string Label, int Start, int End) s) => s.Label switch
    {
        "PER" => new NerSpan(MentionType.Person, string.Empty, s.Start, s.End),
        "ORG" => new NerSpan(MentionType.Organization, OrganizationKinds.Guess(text.AsSpan(s.Start, s.End - s.Start), OrganizationKinds.Other), s.Start, s.End),
        _ => new NerSpan(MentionType.Place, string.Empty, s.Start, s.End),
    };

    // Labels the product does not use (address, scene, book, game, movie) come back as Event spans: they only
    // veto People's Daily persons and are never emitted.
    private static NerSpan FromClueNer(string text, (string Label, int Start, int End) s)
    {
        var name = text.AsSpan(s.Start, s.End - s.Start);
        return s.Label switch
        {
            "name" => new NerSpan(MentionType.Person, string.Empty, s.Start, s.End),
            "position" => new NerSpan(MentionType.Title, string.Empty, s.Start, s.End),
            "government" => new NerSpan(MentionType.Organization, GovernmentKind(name), s.Start, s.End),
            "company" => new NerSpan(MentionType.Organization, OrganizationKinds.Company, s.Start, s.End),
            "organization" => new NerSpan(MentionType.Organization, OtherKind(name), s.Start, s.End),
            _ => new NerSpan(MentionType.Event, string.Empty, s.Start, s.End),
        };
    }

    private static int Rank(MentionType type) => type switch
    {
        MentionType.Person => 0,
        MentionType.Title => 1,
        MentionType.Organization => 2,
        _ => 3,
    };

    private static bool Overlaps(NerSpan a, NerSpan b) => a.Start < b.End && b.Start < a.End;

    private static void Keep(List<NerSpan> kept, NerSpan span)
    {
        if (!OverlapsAny(span, kept))
        {
            kept.Add(span);
        }
    }

    private static string GovernmentKind(ReadOnlySpan<char> name) =>
        OrganizationKinds.Guess(name, OrganizationKinds.Government) == OrganizationKinds.Party ? OrganizationKinds.Party : OrganizationKinds.Government;

    private static string OtherKind(ReadOnlySpan<char> name) =>
        OrganizationKinds.Guess(name, OrganizationKinds.Other) switch
        {
            OrganizationKinds.Education => OrganizationKinds.Education,
            OrganizationKinds.Media => OrganizationKinds.Media,
            OrganizationKinds.Association => OrganizationKinds.Association,
            _ => OrganizationKinds.Other,
        };
}
