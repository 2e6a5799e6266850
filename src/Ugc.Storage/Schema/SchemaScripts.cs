namespace Ugc.Storage.Schema;

/// <summary>Our scripts of <c>deploy/sql/</c>, embedded in this assembly, in the order they apply.</summary>
internal static class SchemaScripts
{
    private static readonly (SchemaFeature Feature, string Name)[] Order =
    [
        (SchemaFeature.None, "main"),
        (SchemaFeature.Persistence, "persistence"),
        (SchemaFeature.Reminders, "reminders"),
        (SchemaFeature.Streaming, "streaming"),
        (SchemaFeature.Clustering, "clustering"),
    ];

    /// <summary>The scripts for <paramref name="features"/>: <c>main</c> first, then each feature's, as (name, SQL).</summary>
    public static IReadOnlyList<(string Name, string Sql)> For(SchemaDialect dialect, SchemaFeature features)
    {
        if (dialect == SchemaDialect.Sqlite && features.HasFlag(SchemaFeature.Clustering))
        {
            throw new ArgumentException("There is no SQLite clustering script: a SQLite silo uses localhost clustering.", nameof(features));
        }

        return Order
            .Where(s => s.Feature == SchemaFeature.None || features.HasFlag(s.Feature))
            .Select(s => (s.Name, Read(dialect, s.Name)))
            .ToList();
    }

    private static string Read(SchemaDialect dialect, string name)
    {
        var resource = $"Ugc.Storage.Schema.{dialect.ToString().ToLowerInvariant()}.{name}.sql";
        using var stream = typeof(SchemaScripts).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The schema script {resource} is not embedded in {typeof(SchemaScripts).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
