using System.Reflection;

namespace Ugc.Actors.Sql.Dialects;

/// <summary>The schema scripts of deploy/sql, embedded in the assembly so start-up runs exactly what operators see.</summary>
internal static class SqlSchemaScript
{
    /// <summary>The whole idempotent script of one dialect.</summary>
    public static string For(SqlDialect dialect)
    {
        var name = dialect switch
        {
            SqlDialect.Postgres => "Ugc.Actors.Sql.Schema.postgres.sql",
            SqlDialect.Sqlite => "Ugc.Actors.Sql.Schema.sqlite.sql",
            _ => throw new ArgumentOutOfRangeException(nameof(dialect), dialect, "Unknown SQL dialect."),
        };

        using var stream = typeof(SqlSchemaScript).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The schema resource '{name}' is missing from {Assembly.GetExecutingAssembly().GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
