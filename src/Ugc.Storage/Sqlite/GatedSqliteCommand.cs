using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;

namespace Ugc.Storage.Sqlite;

/// <summary>
/// A <see cref="SqliteCommand"/> behind the file's gate: it takes the gate before it runs and gives it back when it
/// has finished (non-query, scalar) or when its reader is disposed. Readers are <see cref="OrleansColumnReader"/>s.
/// The asynchronous paths (the ones Orleans and we use) compile the statements first: that needs no lock, so it
/// overlaps with the command holding the gate.
/// </summary>
internal sealed class GatedSqliteCommand(SqliteCommand inner, UgcSqliteDataSource dataSource) : DbCommand
{
    [AllowNull]
    [SuppressMessage("Security", "CA2100", Justification = "A pass-through to the wrapped command: its callers own their SQL (Orleans' stored queries, ours).")]
    public override string CommandText
    {
        get => inner.CommandText;
        set => inner.CommandText = value;
    }

    public override int CommandTimeout
    {
        get => inner.CommandTimeout;
        set => inner.CommandTimeout = value;
    }

    public override CommandType CommandType
    {
        get => inner.CommandType;
        set => inner.CommandType = value;
    }

    public override bool DesignTimeVisible
    {
        get => inner.DesignTimeVisible;
        set => inner.DesignTimeVisible = value;
    }

    public override UpdateRowSource UpdatedRowSource
    {
        get => inner.UpdatedRowSource;
        set => inner.UpdatedRowSource = value;
    }

    protected override DbConnection? DbConnection
    {
        get => inner.Connection;
        set => inner.Connection = (SqliteConnection?)value;
    }

    protected override DbParameterCollection DbParameterCollection => inner.Parameters;

    protected override DbTransaction? DbTransaction
    {
        get => inner.Transaction;
        set => inner.Transaction = (SqliteTransaction?)value;
    }

    public override void Cancel() => inner.Cancel();

    public override void Prepare() => inner.Prepare();

    public override int ExecuteNonQuery()
    {
        using var lease = dataSource.Gate.Enter(dataSource.GateTimeout);
        return inner.ExecuteNonQuery();
    }

    public override object? ExecuteScalar()
    {
        using var lease = dataSource.Gate.Enter(dataSource.GateTimeout);
        return inner.ExecuteScalar();
    }

    public override async Task<int> ExecuteNonQueryAsync(CancellationToken cancellationToken)
    {
        inner.Prepare();
        using var lease = await dataSource.Gate.EnterAsync(dataSource.GateTimeout, cancellationToken).ConfigureAwait(false);
        return await inner.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public override async Task<object?> ExecuteScalarAsync(CancellationToken cancellationToken)
    {
        inner.Prepare();
        using var lease = await dataSource.Gate.EnterAsync(dataSource.GateTimeout, cancellationToken).ConfigureAwait(false);
        return await inner.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override DbParameter CreateDbParameter() => inner.CreateParameter();

    protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior)
    {
        var lease = dataSource.Gate.Enter(dataSource.GateTimeout);
        try
        {
            return new OrleansColumnReader(inner.ExecuteReader(behavior), lease);
        }
        catch
        {
            lease.Dispose();
            throw;
        }
    }

    protected override async Task<DbDataReader> ExecuteDbDataReaderAsync(CommandBehavior behavior, CancellationToken cancellationToken)
    {
        inner.Prepare();
        var lease = await dataSource.Gate.EnterAsync(dataSource.GateTimeout, cancellationToken).ConfigureAwait(false);
        try
        {
            var reader = await inner.ExecuteReaderAsync(behavior, cancellationToken).ConfigureAwait(false);
            return new OrleansColumnReader(reader, lease);
        }
        catch
        {
            lease.Dispose();
            throw;
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
