using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using PolicyGraph.Graph;

namespace PolicyGraph.Cli.Commands;

/// <summary>What the analysis and query commands share: loading the graph, JSON on stdout, one-line errors.</summary>
internal static class CommandOutput
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // Chinese names stay readable; quotes and control characters are still escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = JsonTypeInfoResolver.Combine(CommandJsonContext.Default, new DefaultJsonTypeInfoResolver()),
    };

    /// <summary>Standard output for this invocation (a test passes its own writer).</summary>
    public static TextWriter Out(ParseResult parse) => parse.InvocationConfiguration.Output;

    /// <summary>
    /// Runs <paramref name="write"/> with this invocation's standard output, buffered: the console's own writer
    /// flushes every write, a system call per line of a long answer.
    /// </summary>
    public static void WriteBuffered(ParseResult parse, Action<TextWriter> write)
    {
        var output = Out(parse);
        if (!ReferenceEquals(output, Console.Out))
        {
            write(output);
            return;
        }

        using var stdout = Console.OpenStandardOutput();
        using var buffered = new StreamWriter(stdout, new UTF8Encoding(false), 1 << 16);
        write(buffered);
    }

    /// <summary>Prints <paramref name="message"/> as one error line and returns exit code 1.</summary>
    public static int Fail(ParseResult parse, string message)
    {
        parse.InvocationConfiguration.Error.WriteLine("policygraph: " + message);
        return CommandLine.Failed;
    }

    /// <summary>Reads the graph at <paramref name="path"/> (from its graph.bin when fresh), or prints why it cannot and returns null.</summary>
    public static KnowledgeGraph? LoadGraph(ParseResult parse, string path) =>
        GraphOption.Read(path, parse.InvocationConfiguration.Error);

    /// <summary>Writes <paramref name="value"/> as one indented JSON document.</summary>
    public static void WriteJson(ParseResult parse, object value) => WriteBuffered(parse, writer =>
    {
        writer.Write(JsonSerializer.Serialize(value, value.GetType(), JsonOptions));
        writer.Write('\n');
    });
}
