using System.Text;
using UtfUnknown;

namespace PolicyGraph.Ingest;

/// <summary>
/// Turns a file's bytes into text: a byte-order mark, then an HTML charset declaration, then strict UTF-8, then
/// GB18030 (a superset of GBK and GB2312), then statistical detection; binary and undecodable bytes are skipped.
/// </summary>
internal static class TextDecoder
{
    /// <summary>Skip reasons, as the build summary shows them.</summary>
    public const string EmptyReason = "the file is empty";
    public const string BlankReason = "the file holds only whitespace";
    public const string BinaryReason = "the file looks binary (it contains NUL bytes)";
    public const string ControlReason = "the file looks binary (it is mostly control characters)";
    public const string UndecodableReason = "the file cannot be decoded: it is not UTF-8, UTF-16 or GB18030/GBK and no other encoding fits; re-save it as UTF-8";

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="html"/> allows a <c>&lt;meta charset&gt;</c> to decide.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, bool html)
    {
        if (bytes.Length == 0)
        {
            return DecodedText.Skip(EmptyReason);
        }

        var decoded = DecodeBytes(bytes, html);
        return decoded.Text is null ? decoded : Check(decoded);
    }

    /// <summary>The GB18030 encoding with exception fallbacks (so invalid bytes show).</summary>
    public static Encoding StrictGb18030 { get; } = CreateGb18030();

    private static DecodedText DecodeBytes(ReadOnlySpan<byte> bytes, bool html)
    {
        if (Bom(bytes) is { } bom)
        {
            return TryDecode(bytes[bom.Preamble.Length..], bom.Encoding) is { } withBom
                ? DecodedText.Of(withBom, bom.Encoding, "bom")
                : DecodedText.Skip(UndecodableReason);
        }

        if (bytes.Contains((byte)0))
        {
            return DecodedText.Skip(BinaryReason);
        }

        // Valid UTF-8 with any multi-byte character is UTF-8 whatever the page declares: GBK text is practically never
        // valid UTF-8, while templates that declare gb2312 around UTF-8 output are common.
        var utf8 = TryDecode(bytes, StrictUtf8);
        if (utf8 is not null && !Ascii.IsValid(bytes))
        {
            return DecodedText.Of(utf8, StrictUtf8, "utf-8");
        }

        if (html && CharsetSniffer.Declared(bytes) is { } declared && Strict(declared) is { } named
            && TryDecode(bytes, named) is { } withDeclared)
        {
            return DecodedText.Of(withDeclared, named, "declared");
        }

        if (utf8 is not null)
        {
            return DecodedText.Of(utf8, StrictUtf8, "utf-8");
        }

        // A file cut short or with a stray bad byte keeps its encoding: a few invalid sequences become U+FFFD.
        if (Mostly(bytes, 65001) is { } mostlyUtf8)
        {
            return DecodedText.Of(mostlyUtf8, StrictUtf8, "utf-8 (damaged)");
        }

        if (TryDecode(bytes, StrictGb18030) is { } gb)
        {
            return DecodedText.Of(gb, StrictGb18030, "gb18030");
        }

        if (Mostly(bytes, 54936) is { } mostlyGb)
        {
            return DecodedText.Of(mostlyGb, StrictGb18030, "gb18030 (damaged)");
        }

        var detected = CharsetDetector.DetectFromBytes(bytes.ToArray()).Detected;
        if (detected is { Encoding: { } guess, Confidence: >= 0.5f } && Strict(guess.CodePage) is { } strict
            && TryDecode(bytes, strict) is { } text)
        {
            return DecodedText.Of(text, strict, "detected");
        }

        return DecodedText.Skip(UndecodableReason);
    }

    private static DecodedText Check(DecodedText decoded)
    {
        var text = decoded.Text!;
        if (string.IsNullOrWhiteSpace(text))
        {
            return DecodedText.Skip(BlankReason);
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return DecodedText.Skip(BinaryReason);
        }

        var control = 0;
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                control++;
            }
        }

        return control * 10 > text.Length ? DecodedText.Skip(ControlReason) : decoded;
    }

    private static (Encoding Encoding, byte[] Preamble)? Bom(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (StrictUtf8, [0xEF, 0xBB, 0xBF]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (new UnicodeEncoding(false, false, true), [0xFF, 0xFE]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (new UnicodeEncoding(true, false, true), [0xFE, 0xFF]);
        }

        return null;
    }

    // Decodes with replacement characters and accepts the text when invalid sequences are rare among real characters.
    private static string? Mostly(ReadOnlySpan<byte> bytes, int codePage)
    {
        var lenient = Encoding.GetEncoding(codePage, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD"));
        var text = lenient.GetString(bytes);
        var bad = text.Count(c => c == '\uFFFD');
        var wide = text.Count(c => c > '\u007F' && c != '\uFFFD');
        return bad <= Math.Max(1, bytes.Length / 500) && wide >= 10 * bad ? text : null;
    }

    private static Encoding CreateGb18030()
    {
        // GB18030 and the other legacy code pages come from the code-pages provider, registered once here.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Strict(54936) ?? throw new InvalidOperationException("The GB18030 encoding is not available on this runtime.");
    }

    private static string? TryDecode(ReadOnlySpan<byte> bytes, Encoding encoding)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static Encoding? Strict(string name)
    {
        // GB2312 and GBK declarations are read as GB18030, their superset, as browsers do.
        var lower = name.Trim().ToLowerInvariant();
        if (lower is "gb2312" or "gbk" or "gb18030" or "x-gbk" or "cp936" or "gb_2312-80" or "csgb2312")
        {
            return StrictGb18030;
        }

        if (lower is "utf-8" or "utf8")
        {
            return StrictUtf8;
        }

        try
        {
            return Strict(Encoding.GetEncoding(lower).CodePage);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static Encoding? Strict(int codePage)
    {
        try
        {
            return Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            return null;
        }
    }
}
