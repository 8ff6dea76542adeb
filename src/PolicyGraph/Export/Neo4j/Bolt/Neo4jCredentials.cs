namespace PolicyGraph.Export.Neo4j.Bolt;

/// <summary>A user name and password for basic authentication. The password never shows in <see cref="ToString"/>.</summary>
public sealed class Neo4jCredentials
{
    /// <summary>Creates credentials.</summary>
    public Neo4jCredentials(string user, string password)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(password);
        User = user;
        Password = password;
    }

    /// <summary>The user name.</summary>
    public string User { get; }

    /// <summary>The password; only the LOGON (or HELLO) message reads it.</summary>
    internal string Password { get; }

    /// <inheritdoc />
    public override string ToString() => $"user '{User}' (password hidden)";
}
