using System.IO.Compression;
using System.Text;

namespace PolicyGraph.Extraction.Ner;

/// <summary>
/// Names the training corpora label as persons, organisations and places (folded as <see cref="NerChars"/> folds),
/// for the dictionary features of the taggers: where a known name starts, ends or runs through a character. The word
/// list is derived from the training corpora only (Models/README.md) and shipped as an embedded resource.
/// Immutable after construction and thread-safe for reading.
/// </summary>
internal sealed class NerLexicon
{
    /// <summary>The type bits of an entry.</summary>
    public const byte Person = 1, Organization = 2, Place = 4;

    /// <summary>The shortest and longest names matched.</summary>
    public const int MinimumLength = 2, MaximumLength = 10;

    private readonly Dictionary<string, byte> _words;
    private readonly Dictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> _lookup;


    /// <summary>A lexicon of <paramref name="words"/> (folded name → type bits).</summary>
    public NerLexicon(Dictionary<string, byte> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        _words = words;
        _lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        Trie = new NameTrie(words);
    }

    /// <summary>The names as a trie, to find every name starting at a position in one walk.</summary>
    public NameTrie Trie { get; }

    /// <summary>How many names the lexicon holds.</summary>
    public int Count => _words.Count;

    /// <summary>The type bits of <paramref name="word"/>, 0 when unknown.</summary>
    public byte TypesOf(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out var types) ? types : (byte)0;

    /// <summary>Writes the lexicon as gzip text, one "name TAB bits" a line, sorted ordinally.</summary>
    public void Write(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new StreamWriter(gzip, new UTF8Encoding(false));
        writer.NewLine = "\n";
        foreach (var word in _words.Keys.Order(StringComparer.Ordinal))
        {
            writer.Write(word);
            writer.Write('\t');
            writer.WriteLine((char)('0' + _words[word]));
        }
    }

    /// <summary>Reads a lexicon written by <see cref="Write"/>.</summary>
    public static NerLexicon Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var words = new Dictionary<string, byte>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0 && tab + 1 < line.Length)
            {
                words[line[..tab]] = (byte)(line[tab + 1] - '0');
            }
        }

        return new NerLexicon(words);
    }
}
