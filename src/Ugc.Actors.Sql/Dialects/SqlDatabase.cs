using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Logging;

namespace Ugc.Actors.Sql.Dialects;

/// <summary>
/// One database (a PostgreSQL connection string or a SQLite file) and what differs between engines: how to open a
/// connection, how writes are isolated, how times, JSON and id lists are passed. Every provider of the same database
/// shares one instance, so the schema is ensured once per database and SQLite writers share one gate.
/// </summary>
public abstract class SqlDatabase : IAsyncDisposable, IDisposable
{
    private readonly Lock _schemaLock = new();
    private readonly ILogger _logger;
    private Task? _schema;

    protected SqlDatabase(ILogger logger) => _logger = logger;

    /// <summary>The engine.</summary>
    /// <summary>Commits when <paramref name="commit"/> accepts the result of the work, rolls back otherwise; returns the result.</summary>
    protected static async Task<T> CompleteAsync<T>(DbTransaction transaction, T result, Func<T, bool> commit, CancellationToken cancellationToken)
    {
        if (commit(result))
        {
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
        }

        return result;
    }

    public abstract SqlDialect Dialect { get; }

    /// <summary>Where the database lives, without credentials, for logs and errors.</summary>
    public abstract string Description { get; }

    /// <summary>Runs the embedded schema script once per database; a failed attempt is retried by the next caller.</summary>
    public Task EnsureSchemaAsync(CancellationToken cancellationToken = default)
    {
        lock (_schemaLock)
        {
            if (_schema is null || _schema.IsFaulted || _schema.IsCanceled)
            {
                // Not tied to the first caller's token: other callers share this task.
                _schema = CreateSchemaAndLogAsync();
            }

            return _schema.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Opens a connection for reads (and for single statements that need no gate).</summary>
    public abstract ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>Runs <paramref name="work"/> in a write transaction and commits it.</summary>
    public Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken) =>
        RunWriteAsync(work, static _ => true, cancellationToken);

    /// <summary>Runs <paramref name="work"/> in a write transaction; commits when it returns true, rolls back otherwise.</summary>
    public Task<bool> WriteIfAsync(Func<DbConnection, DbTransaction, Task<bool>> work, CancellationToken cancellationToken) =>
        RunWriteAsync(work, static applied => applied, cancellationToken);

    /// <summary>Runs the same statement once per item in one round of the given transaction.</summary>
    public abstract Task<int> ExecuteBatchAsync<TItem>(DbConnection connection, DbTransaction transaction, string sql,
        IReadOnlyList<TItem> items, Action<SqlParams, TItem> bind, CancellationToken cancellationToken);

    /// <summary>Runs work on an open read connection.</summary>
    public async Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await work(connection).ConfigureAwait(false);
        }
    }

    /// <summary>A command on <paramref name="connection"/> with constant SQL text; values always go in parameters.</summary>
    [SuppressMessage("Security", "CA2100:Review SQL queries for security vulnerabilities",
        Justification = "Every caller passes constant query text from a *Queries class; values are bound as parameters.")]
    public DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    /// <summary>The parameter list of a command, with this engine's conversions.</summary>
    public SqlParams Params(DbCommand command) => new(this, command.Parameters, command.CreateParameter);

    /// <summary>The value a time is stored as.</summary>
    public abstract object TimeValue(DateTimeOffset value);

    /// <summary>Reads a time stored by <see cref="TimeValue"/>.</summary>
    public abstract DateTimeOffset ReadTime(DbDataReader reader, int ordinal);

    /// <summary>The value of a list-of-ids parameter (an array in PostgreSQL, JSON text for SQLite's json_each).</summary>
    public abstract object IdListValue(IReadOnlyCollection<long> ids);

    /// <summary>Marks a parameter as JSON where the engine has a JSON type.</summary>
    public abstract void MarkJson(DbParameter parameter);

    public virtual ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    public virtual void Dispose() => GC.SuppressFinalize(this);

    /// <summary>Runs work in a write transaction, then commits or rolls back as <paramref name="commit"/> decides from its result.</summary>
    protected abstract Task<T> RunWriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, Func<T, bool> commit,
        CancellationToken cancellationToken);

    /// <summary>Executes the whole schema script.</summary>
    protected abstract Task CreateSchemaAsync(string script);

    private async Task CreateSchemaAndLogAsync()
    {
        await CreateSchemaAsync(SqlSchemaScript.For(Dialect)).ConfigureAwait(false);
        Log.SchemaEnsured(_logger, Dialect, Description);
    }
}
