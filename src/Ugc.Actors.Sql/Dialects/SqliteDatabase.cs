using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Ugc.Actors.Sql.Dialects;

/// <summary>A SQLite database file in WAL mode, with one canonical connection string and one write gate.</summary>
public sealed class SqliteDatabase : SqlDatabase
{
    // Writers take turns through this gate instead of meeting in SQLite's lock. SQLite allows one writer per file;
    // a second one waits in busy_timeout (a blocked thread per waiter, on a thread pool we share) and
    // Microsoft.Data.Sqlite's own retry sleeps in 150 ms steps. Queueing on an async semaphore costs neither and
    // hands the lock over in order. Other processes on the same file still meet busy_timeout, which stays set.
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly string _connectionString;
    private readonly string _busyTimeoutPragma;

    public SqliteDatabase(string connectionString, ILogger logger) : base(logger)
    {
        _connectionString = Canonicalize(connectionString, out var path, out var timeoutSeconds);
        Description = path;
        // The connection string's Default Timeout (seconds, default 30) is also how long to wait for a lock.
        _busyTimeoutPragma = "PRAGMA busy_timeout = " + checked(timeoutSeconds * 1000).ToString(CultureInfo.InvariantCulture);
    }

    public override SqlDialect Dialect => SqlDialect.Sqlite;

    public override string Description { get; }

    /// <summary>
    /// One connection string per file: the data source as a full path, pooling on. The key of the database's
    /// registry entry is the path, so two spellings of one file share one gate.
    /// </summary>
    public static string Canonicalize(string connectionString, out string path, out int timeoutSeconds)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (string.IsNullOrWhiteSpace(builder.DataSource) || builder.Mode == SqliteOpenMode.Memory || builder.DataSource == ":memory:")
        {
            throw new ArgumentException("The SQLite providers need a database file; in-memory databases are not shared between connections.",
                nameof(connectionString));
        }

        builder.DataSource = Path.GetFullPath(builder.DataSource);
        builder.Pooling = true;
        path = builder.DataSource;
        timeoutSeconds = builder.DefaultTimeout;
        return builder.ToString();
    }

    public override async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            // busy_timeout belongs to the connection, not the file, so every open sets it.
            using var pragma = Command(connection, null, _busyTimeoutPragma);
            await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    protected override async Task<T> RunWriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, Func<T, bool> commit,
        CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var connection = (SqliteConnection)await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                // BEGIN IMMEDIATE: take the write lock up front, so a transaction that reads first never has to
                // upgrade its lock (an upgrade that loses to another writer fails at once, busy_timeout or not).
                var transaction = connection.BeginTransaction(deferred: false);
                await using (transaction.ConfigureAwait(false))
                {
                    return await CompleteAsync(transaction, await work(connection, transaction).ConfigureAwait(false), commit, cancellationToken)
                        .ConfigureAwait(false);
                }
            }
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public override async Task<int> ExecuteBatchAsync<TItem>(DbConnection connection, DbTransaction transaction, string sql,
        IReadOnlyList<TItem> items, Action<SqlParams, TItem> bind, CancellationToken cancellationToken)
    {
        // SQLite runs in-process, so there is no round trip to save: one prepared statement executed per row inside
        // the transaction is its fastest bulk insert, and it avoids the bound-variable limit of a multi-row VALUES.
        var command = Command(connection, transaction, sql);
        await using (command.ConfigureAwait(false))
        {
            var affected = 0;
            foreach (var item in items)
            {
                command.Parameters.Clear();
                bind(Params(command), item);
                affected += await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            return affected;
        }
    }

    public override object TimeValue(DateTimeOffset value) => ToUnixMicroseconds(value);

    public override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) =>
        DateTimeOffset.UnixEpoch.AddTicks(reader.GetInt64(ordinal) * TimeSpan.TicksPerMicrosecond);

    public override object IdListValue(IReadOnlyCollection<long> ids) => "[" + string.Join(',', ids) + "]";

    public override void MarkJson(DbParameter parameter)
    {
        // JSON is plain TEXT in SQLite.
    }

    public override void Dispose()
    {
        _writeGate.Dispose();
        base.Dispose();
    }

    /// <summary>Microseconds since the Unix epoch: the SQLite storage of times, matching PostgreSQL's precision.</summary>
    public static long ToUnixMicroseconds(DateTimeOffset value) => (value.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / TimeSpan.TicksPerMicrosecond;

    protected override async Task CreateSchemaAsync(string script)
    {
        // Outside a transaction: journal_mode cannot change inside one. Still through the gate, as any write.
        await _writeGate.WaitAsync().ConfigureAwait(false);
        try
        {
            var connection = await OpenConnectionAsync(CancellationToken.None).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                var command = Command(connection, null, script);
                await using (command.ConfigureAwait(false))
                {
                    await command.ExecuteNonQueryAsync().ConfigureAwait(false);
                }
            }
        }
        finally
        {
            _writeGate.Release();
        }
    }
}
