using System.Text.Json.Serialization;
using PolicyGraph.Query;

namespace PolicyGraph.Cli.Commands;

/// <summary>
/// Serialisation metadata generated at compile time for every document the commands print with <c>--json</c>.
/// Reflection-based serialisation costs about 0.9 s of start-up compilation per run, four times a whole query;
/// a type missing here still serialises, through the reflection fallback in <see cref="CommandOutput"/>.
/// </summary>
[JsonSerializable(typeof(EntityReport))]
[JsonSerializable(typeof(PositionsReport))]
[JsonSerializable(typeof(SaidReport))]
[JsonSerializable(typeof(PathReport))]
[JsonSerializable(typeof(NeighborsReport))]
[JsonSerializable(typeof(TimelineReport))]
[JsonSerializable(typeof(TopReport))]
[JsonSerializable(typeof(AnalyzeCommand.AnalysisReport))]
internal sealed partial class CommandJsonContext : JsonSerializerContext;
