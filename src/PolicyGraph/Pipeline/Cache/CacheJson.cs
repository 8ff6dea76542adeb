using System.Text.Json.Serialization;

namespace PolicyGraph.Pipeline.Cache;

/// <summary>
/// Compile-time JSON serialisation of cache entries: members added to the fact records are picked up at build
/// time, so the cache can never silently drop them.
/// </summary>
[JsonSourceGenerationOptions(WriteIndented = false, Converters = [typeof(TextSpanJsonConverter)])]
[JsonSerializable(typeof(CacheEntry))]
internal sealed partial class CacheJson : JsonSerializerContext;
