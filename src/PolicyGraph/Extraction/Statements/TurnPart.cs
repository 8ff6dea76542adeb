using PolicyGraph.Text;

namespace PolicyGraph.Extraction.Statements;

/// <summary>One piece of a turn's words: a quotation's inside, or reported speech as printed.</summary>
/// <param name="Content">The words.</param>
/// <param name="Quoted">Whether they were inside quotation marks.</param>
/// <param name="End">Where the piece ends in the text, closing mark included.</param>
internal sealed record TurnPart(TextSpan Content, bool Quoted, int End);
