using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;
using Ugc.Storage.Sqlite;

namespace Ugc.Storage.Schema;

/// <summary>
/// Applies our SQLite scripts: write-ahead logging first (it cannot change inside a transaction), then every script
/// in one immediate (write-locked) transaction, holding the file's gate throughout so no command of this process
/// meets the lock. Another process applying at the same time waits for the lock, then finds everything in place.
/// </summary>
internal static class SqliteSchema
{
    [SuppressMessage("Security", "CA2100", Justification = "The SQL is our embedded scripts, never input.")]
    public static async Task ApplyAsync(UgcSqliteDataSource dataSource, SchemaFeature features, CancellationToken cancellationToken)
    {
        var scripts = SchemaScripts.For(SchemaDialect.Sqlite, features);
        Directory.CreateDirectory(Path.GetDirectoryName(dataSource.FilePath)!);
        using var lease = await dataSource.Gate.EnterAsync(dataSource.GateTimeout, cancellationToken).ConfigureAwait(false);
        await using var connection = dataSource.CreateUngatedConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (var wal = connection.CreateCommand())
        {
            wal.CommandText = "PRAGMA journal_mode = WAL;";
            var mode = (string?)await wal.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"SQLite file {dataSource.FilePath} refused write-ahead logging (journal mode {mode}).");
            }
        }

        await using var transaction = connection.BeginTransaction(deferred: false);
        foreach (var (_, sql) in scripts)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }
}
