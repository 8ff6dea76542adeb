using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PolicyGraph.Export;

namespace PolicyGraph.Pipeline.Cache;

/// <summary>
/// What the last build into a folder was made from and what it wrote, kept in its cache folder: a fingerprint of the
/// inputs (every file's path and content, through its <see cref="ExtractionCache"/> key, which also names the
/// extractor and the library build), the options and the program; each output's length and last write time; and the
/// lines its summary printed. A build whose fingerprint matches and whose outputs are as stamped has nothing to do,
/// as a build tool skips a target newer than its sources. A build that goes on prunes the cache, the old stamp with
/// it, before it replaces the outputs, and stamps them once they are all written: a build stopped in between leaves
/// no stamp, and outputs changed by hand no longer match theirs.
/// </summary>
/// <param name="Fingerprint">The fingerprint of the inputs, options and program.</param>
/// <param name="Outputs">Each output file's name in the folder, length and last write time (UTC ticks).</param>
/// <param name="Report">The lines the build printed as its summary, after the first.</param>
/// <param name="Documents">How many documents the graph holds.</param>
/// <param name="Warnings">The warnings it printed (files skipped).</param>
public sealed record BuildStamp(string Fingerprint, IReadOnlyList<(string Name, long Length, long Ticks)> Outputs,
    IReadOnlyList<string> Report, int Documents, IReadOnlyList<string> Warnings)
{
    /// <summary>The stamp's file name in the cache folder.</summary>
    public const string FileName = "build.stamp";

    private const string Format = "pgstamp/1";

    /// <summary>
    /// The fingerprint of a build of the files with these cache <paramref name="keys"/> (in input order; each names a
    /// file's path and content and the extractor) and <paramref name="options"/> (text naming whatever else decides the
    /// outputs), or null when a file had no key (it could not be read).
    /// </summary>
    public static string? FingerprintOf(IEnumerable<string?> keys, string options)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(options);
        var text = new StringBuilder(Format).Append('\n').Append(OneLine(options)).Append('\n');
        foreach (var key in keys)
        {
            if (key is null)
            {
                return null;
            }

            text.Append(key).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>The stamp of a build with <paramref name="fingerprint"/> that wrote <paramref name="names"/> into <paramref name="outputFolder"/>.</summary>
    public static BuildStamp Of(string fingerprint, string outputFolder, IEnumerable<string> names, IReadOnlyList<string> report, int documents,
        IReadOnlyList<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(names);
        var outputs = names.Select(name =>
        {
            var file = new FileInfo(Path.Combine(outputFolder, name));
            return (name, file.Length, file.LastWriteTimeUtc.Ticks);
        }).ToList();
        return new BuildStamp(fingerprint, outputs, report, documents, warnings);
    }

    /// <summary>Whether every stamped output is in <paramref name="outputFolder"/> with its stamped length and time.</summary>
    public bool IsCurrent(string outputFolder) => Outputs.Count > 0 && Outputs.All(o =>
    {
        var file = new FileInfo(Path.Combine(outputFolder, o.Name));
        return file.Exists && file.Length == o.Length && file.LastWriteTimeUtc.Ticks == o.Ticks;
    });

    /// <summary>The stamp in <paramref name="cacheFolder"/>, or null when there is none or it cannot be read.</summary>
    public static BuildStamp? Read(string cacheFolder)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(Path.Combine(cacheFolder, FileName), Encoding.UTF8);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        if (lines.Length < 3 || lines[0] != Format || !lines[1].StartsWith("fingerprint ", StringComparison.Ordinal)
            || !lines[2].StartsWith("documents ", StringComparison.Ordinal)
            || !int.TryParse(lines[2].AsSpan("documents ".Length), NumberStyles.None, CultureInfo.InvariantCulture, out var documents))
        {
            return null;
        }

        var outputs = new List<(string, long, long)>();
        var report = new List<string>();
        var warnings = new List<string>();
        foreach (var line in lines.Skip(3))
        {
            var (kind, rest) = line.IndexOf(' ', StringComparison.Ordinal) is var space and > 0 ? (line[..space], line[(space + 1)..]) : (line, string.Empty);
            switch (kind)
            {
                case "output" when rest.Split(' ', 3) is [var length, var ticks, var name]
                    && long.TryParse(length, NumberStyles.None, CultureInfo.InvariantCulture, out var l)
                    && long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var t):
                    outputs.Add((name, l, t));
                    break;
                case "report":
                    report.Add(rest);
                    break;
                case "warning":
                    warnings.Add(rest);
                    break;
                default:
                    return null;
            }
        }

        return new BuildStamp(lines[1]["fingerprint ".Length..], outputs, report, documents, warnings);
    }

    /// <summary>Writes the stamp into <paramref name="cacheFolder"/>, atomically.</summary>
    public void Write(string cacheFolder)
    {
        var text = new StringBuilder();
        text.Append(Format).Append('\n');
        text.Append("fingerprint ").Append(Fingerprint).Append('\n');
        text.Append("documents ").Append(Documents.ToString(CultureInfo.InvariantCulture)).Append('\n');
        foreach (var (name, length, ticks) in Outputs)
        {
            text.Append(CultureInfo.InvariantCulture, $"output {length} {ticks} {name}\n");
        }

        foreach (var line in Report)
        {
            text.Append("report ").Append(OneLine(line)).Append('\n');
        }

        foreach (var line in Warnings)
        {
            text.Append("warning ").Append(OneLine(line)).Append('\n');
        }

        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        AtomicFile.Write(Path.Combine(cacheFolder, FileName), s => s.Write(bytes));
    }

    private static string OneLine(string line) => line.Replace('\r', ' ').Replace('\n', ' ');
}
