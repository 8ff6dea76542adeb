using PolicyGraph.Text;

namespace PolicyGraph.Extraction.Initiatives;

/// <summary>How an initiative was recognised; a stronger source wins where candidates overlap.</summary>
internal enum InitiativeSource
{
    HeadPhrase,
    Lexicon,
    Quoted,
    Title,
}

/// <summary>A candidate initiative mention before overlaps are settled.</summary>
internal sealed record InitiativeCandidate(TextSpan Span, string Canonical, InitiativeSource Source);
