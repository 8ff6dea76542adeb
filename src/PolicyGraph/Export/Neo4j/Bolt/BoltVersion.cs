using System.Globalization;

namespace PolicyGraph.Export.Neo4j.Bolt;

/// <summary>A Bolt protocol version.</summary>
/// <param name="Major">The major version.</param>
/// <param name="Minor">The minor version.</param>
public readonly record struct BoltVersion(int Major, int Minor) : IComparable<BoltVersion>
{
    /// <summary>Whether authentication travels in LOGON (5.1 and later) rather than in HELLO.</summary>
    public bool UsesLogon => this >= new BoltVersion(5, 1);

    /// <summary>Compares by major, then minor version.</summary>
    public int CompareTo(BoltVersion other) => Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    /// <summary>Whether <paramref name="a"/> is at least <paramref name="b"/>.</summary>
    public static bool operator >=(BoltVersion a, BoltVersion b) => a.CompareTo(b) >= 0;

    /// <summary>Whether <paramref name="a"/> is at most <paramref name="b"/>.</summary>
    public static bool operator <=(BoltVersion a, BoltVersion b) => a.CompareTo(b) <= 0;

    /// <summary>Whether <paramref name="a"/> is above <paramref name="b"/>.</summary>
    public static bool operator >(BoltVersion a, BoltVersion b) => a.CompareTo(b) > 0;

    /// <summary>Whether <paramref name="a"/> is below <paramref name="b"/>.</summary>
    public static bool operator <(BoltVersion a, BoltVersion b) => a.CompareTo(b) < 0;

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}");
}
