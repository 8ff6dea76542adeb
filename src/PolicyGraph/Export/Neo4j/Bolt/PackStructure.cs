namespace PolicyGraph.Export.Neo4j.Bolt;

/// <summary>A PackStream structure: a tag byte and its fields (Bolt messages, and values such as Date).</summary>
/// <param name="Tag">The tag (a message signature, or a structure type such as <c>0x44</c> for Date).</param>
/// <param name="Fields">The fields, PackStream values.</param>
public sealed record PackStructure(byte Tag, IReadOnlyList<object?> Fields)
{
    /// <summary>The tag of a Bolt Date (days since 1970-01-01).</summary>
    public const byte DateTag = 0x44;

    /// <summary>A structure without fields.</summary>
    public PackStructure(byte tag)
        : this(tag, [])
    {
    }
}
