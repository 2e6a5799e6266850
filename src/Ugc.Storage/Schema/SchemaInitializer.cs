using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;
using Ugc.Storage.Sqlite;

namespace Ugc.Storage.Schema;

/// <summary>
/// Applies our scripts to every registered <see cref="SchemaTarget"/> at the silo's first lifecycle stage, before
/// membership (RuntimeInitialize and later) and grain storage, reminders and streams (ApplicationServices and later)
/// read their queries. A failure stops the silo's start.
/// </summary>
internal sealed class SchemaInitializer(
    IEnumerable<SchemaTarget> targets,
    ILogger<SchemaInitializer> logger) : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(SchemaInitializer), ServiceLifecycleStage.First, ApplyAllAsync);

    private async Task ApplyAllAsync(CancellationToken cancellationToken)
    {
        var merged = targets
            .GroupBy(t => (t.Dialect, t.Database))
            .Select(g => new SchemaTarget(g.Key.Dialect, g.Key.Database, g.Aggregate(SchemaFeature.None, (f, t) => f | t.Features)));
        foreach (var target in merged)
        {
            await ApplyAsync(target, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task ApplyAsync(SchemaTarget target, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var database = Describe(target);
        try
        {
            if (target.Dialect == SchemaDialect.Postgres)
            {
                await PostgresSchema.ApplyAsync(target.Database, target.Features, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                // A data source holds nothing but the file's (process-wide) gate: a new one shares it.
                await SqliteSchema.ApplyAsync(new UgcSqliteDataSource(target.Database), target.Features, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Log.SchemaFailed(logger, exception, target.Dialect, target.Features, database);
            throw;
        }

        Log.SchemaApplied(logger, target.Dialect, target.Features, database, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    /// <summary>The database for logs, without credentials.</summary>
    private static string Describe(SchemaTarget target)
    {
        if (target.Dialect == SchemaDialect.Sqlite)
        {
            return target.Database;
        }

        var builder = new Npgsql.NpgsqlConnectionStringBuilder(target.Database);
        return $"{builder.Host}:{builder.Port}/{builder.Database}";
    }
}
