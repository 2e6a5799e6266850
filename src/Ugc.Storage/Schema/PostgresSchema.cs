using System.Diagnostics.CodeAnalysis;
using Npgsql;

namespace Ugc.Storage.Schema;

/// <summary>
/// Applies our PostgreSQL scripts in one transaction under a transaction-scoped advisory lock: silos starting
/// together on an empty database take turns, and the later ones find everything in place (the scripts are idempotent).
/// </summary>
internal static class PostgresSchema
{
    /// <summary>The advisory lock key of schema changes ("UGC" in ASCII, then 1).</summary>
    private const long AdvisoryLockKey = 0x5547_4301;

    [SuppressMessage("Security", "CA2100", Justification = "The SQL is our embedded scripts, never input.")]
    public static async Task ApplyAsync(string connectionString, SchemaFeature features, CancellationToken cancellationToken)
    {
        var scripts = SchemaScripts.For(SchemaDialect.Postgres, features);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", connection, transaction))
        {
            command.Parameters.AddWithValue("key", AdvisoryLockKey);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (var (_, sql) in scripts)
        {
            await using var command = new NpgsqlCommand(sql, connection, transaction);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }
}
