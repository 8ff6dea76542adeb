using PolicyGraph.Text;

namespace PolicyGraph.Extraction;

/// <summary>What a mention names.</summary>
public enum MentionType
{
    Person,
    Title,
    Organization,
    Place,
    Initiative,
    Event,
}

/// <summary>How a position is qualified in the text (原/前/时任 former, 代 acting, 新任 new, 拟任 designate).</summary>
public enum PositionStatus
{
    /// <summary>Not said.</summary>
    Unspecified,
    Current,
    Former,
    Acting,
    New,
    Designate,
}

/// <summary>Whether a statement quotes, reports, or does both.</summary>
public enum StatementMode
{
    Direct,
    Indirect,
    Mixed,
}

/// <summary>One mention of an entity in a document's plain text.</summary>
/// <param name="Type">What it names.</param>
/// <param name="Span">Where, in UTF-16 offsets into the plain text.</param>
/// <param name="Text">The words as printed (equal to <c>Span.Of(text)</c>).</param>
/// <param name="Canonical">The name the entity resolves to in this document: a person's full name, an organisation's place-qualified canonical name, an initiative's canonical form.</param>
/// <param name="Kind">For organisations, the kind (government, party, company, association, park, education, research, media, other); else empty.</param>
/// <param name="Date">For events, the ISO date when the text gives it; else empty.</param>
public sealed record Mention(MentionType Type, TextSpan Span, string Text, string Canonical, string Kind = "", string Date = "");

/// <summary>A person holding one title at one organisation, as one document says.</summary>
/// <param name="Person">The person's full name.</param>
/// <param name="PersonSpan">Where the person is named for this position.</param>
/// <param name="Title">One title (党组书记、局长 gives two facts).</param>
/// <param name="Organization">The organisation's canonical name.</param>
/// <param name="OrganizationKind">The organisation's kind.</param>
/// <param name="Status">How the position is qualified.</param>
/// <param name="Span">The evidence: from the organisation or title to the end of the name.</param>
/// <param name="Assumed">
/// The organisation is not written: it is the national body a title after a Chinese-looking name stands for
/// (习近平主席, 阮富仲总书记). Resolution gives the post to the body other documents name for the same person.
/// </param>
public sealed record PositionFact(string Person, TextSpan PersonSpan, string Title, string Organization, string OrganizationKind, PositionStatus Status, TextSpan Span,
    bool Assumed = false);

/// <summary>Who said something: a named person, or an organisation for an unnamed official.</summary>
/// <param name="Type"><see cref="MentionType.Person"/> or <see cref="MentionType.Organization"/>.</param>
/// <param name="Canonical">The person's full name or the organisation's canonical name.</param>
/// <param name="Kind">The organisation's kind, when the speaker is one.</param>
public sealed record Speaker(MentionType Type, string Canonical, string Kind = "");

/// <summary>One turn of attributed speech.</summary>
/// <param name="Speaker">Who said it.</param>
/// <param name="Cue">The reporting verb as printed (表示, 说, 指出 …).</param>
/// <param name="Mode">Quoted, reported or both.</param>
/// <param name="Span">The whole turn, speaker and cue included.</param>
/// <param name="Text">The words as printed, parts of a quote split around the cue joined in order.</param>
/// <param name="Content">The spans whose text makes up <paramref name="Text"/>.</param>
public sealed record StatementFact(Speaker Speaker, string Cue, StatementMode Mode, TextSpan Span, string Text, IReadOnlyList<TextSpan> Content);

/// <summary>An organisation that is part of another (分公司 of 公司, 管委会办公室 of 管委会).</summary>
/// <param name="Child">The part's canonical name.</param>
/// <param name="Parent">The whole's canonical name.</param>
/// <param name="Span">Where the text says so, or null when it comes from the name alone without a separate mention.</param>
public sealed record PartOfFact(string Child, string Parent, TextSpan? Span);

/// <summary>An organisation located in a place (天津市投资促进局 in 天津市).</summary>
public sealed record LocatedInFact(string Organization, string Place);

/// <summary>Everything extracted from one document.</summary>
public sealed record DocumentExtraction(
    IReadOnlyList<Mention> Mentions,
    IReadOnlyList<PositionFact> Positions,
    IReadOnlyList<StatementFact> Statements,
    IReadOnlyList<PartOfFact> PartOf,
    IReadOnlyList<LocatedInFact> LocatedIn)
{
    /// <summary>Nothing found.</summary>
    public static readonly DocumentExtraction Empty = new([], [], [], [], []);
}
