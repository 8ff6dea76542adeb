using System.Text;

namespace PolicyGraph.Export.Neo4j.Csv;

/// <summary>The <c>import.sh</c> that runs neo4j-admin on an export, and the constraints to create afterwards.</summary>
internal static class ImportScript
{
    /// <summary>The script text.</summary>
    public static string Render(AdminCsvExport export)
    {
        var sb = new StringBuilder();
        sb.Append("#!/bin/sh\n")
          .Append("# Loads these CSV files into a new, empty Neo4j 5 database with neo4j-admin (no plugins needed).\n")
          .Append("# Usage: NEO4J_HOME=/path/to/neo4j ./import.sh [DATABASE]    (DATABASE defaults to neo4j)\n")
          .Append("# A full import needs the database to be stopped and empty or not yet created. The import\n")
          .Append("# creates no constraints: start the database and run cypher-shell -d DATABASE -f constraints.cypher\n")
          .Append("set -eu\n")
          .Append("cd \"$(dirname \"$0\")\"\n")
          .Append("database=\"${1:-neo4j}\"\n")
          .Append("admin=\"${NEO4J_HOME:+$NEO4J_HOME/bin/}neo4j-admin\"\n")
          // The database name goes first: --nodes is greedy and would swallow a trailing name as a file.
          .Append("exec \"$admin\" database import full \"$database\"");
        foreach (var argument in export.Arguments)
        {
            sb.Append(" \\\n  ").Append(ShellQuote(argument));
        }

        return sb.Append('\n').ToString();
    }

    /// <summary>The schema commands of the Cypher route (constraints and name indexes), for after the import.</summary>
    public static string RenderConstraints()
    {
        var sb = new StringBuilder("// Run after import.sh: cypher-shell -d DATABASE -f constraints.cypher\n");
        foreach (var statement in LoadPlanner.SchemaStatements())
        {
            sb.Append(statement).Append(";\n");
        }

        return sb.ToString();
    }

    private static string ShellQuote(string argument)
    {
        foreach (var c in argument)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '=' or '/' or '+' or ','))
            {
                return "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
            }
        }

        return argument;
    }
}
