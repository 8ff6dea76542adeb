using System.Text;

namespace PolicyGraph.Ingest;

/// <summary>The text of a file's bytes and the encoding that gave it, or why the bytes are no text.</summary>
/// <param name="Text">The decoded text without any byte-order mark, or null when the bytes were skipped.</param>
/// <param name="Encoding">The encoding used, or null when skipped.</param>
/// <param name="How">How the encoding was chosen (bom, declared, utf-8, gb18030, detected).</param>
/// <param name="SkipReason">Why the bytes are not read as text, or null.</param>
internal sealed record DecodedText(string? Text, Encoding? Encoding, string How, string? SkipReason)
{
    /// <summary>Text decoded with <paramref name="encoding"/>.</summary>
    public static DecodedText Of(string text, Encoding encoding, string how) => new(text, encoding, how, null);

    /// <summary>Bytes that are not text, for <paramref name="reason"/>.</summary>
    public static DecodedText Skip(string reason) => new(null, null, string.Empty, reason);
}
