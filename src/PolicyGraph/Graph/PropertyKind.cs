namespace PolicyGraph.Graph;

/// <summary>The value kinds a node or edge property can take; exporters map each to their own types.</summary>
public enum PropertyKind
{
    /// <summary>Text.</summary>
    String,

    /// <summary>A whole number (always an integer in every export, never a float).</summary>
    Int,

    /// <summary>A floating-point number.</summary>
    Float,

    /// <summary>A true/false flag.</summary>
    Bool,

    /// <summary>A list of strings (a real list in JSON and Neo4j, <c>;</c>-joined in GraphML and CSV).</summary>
    StringList,

    /// <summary>An ISO-8601 calendar date (yyyy-MM-dd) or empty when unknown.</summary>
    Date,
}
