using System.Data.Common;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace Ugc.Actors.Sql.Dialects;

/// <summary>A PostgreSQL database reached through one pooled <see cref="NpgsqlDataSource"/>.</summary>
public sealed class PostgresDatabase : SqlDatabase
{
    // Any constant works; it only has to be the same in every process that creates the schema.
    private const long SchemaLockKey = 0x55_47_43_53_43_48_45_4D; // "UGCSCHEM"

    private readonly NpgsqlDataSource _dataSource;

    public PostgresDatabase(string connectionString, ILogger logger) : base(logger)
    {
        _dataSource = NpgsqlDataSource.Create(connectionString);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        Description = $"{builder.Host}:{builder.Port}/{builder.Database}";
    }

    public override SqlDialect Dialect => SqlDialect.Postgres;

    public override string Description { get; }

    public override async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    protected override async Task<T> RunWriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, Func<T, bool> commit,
        CancellationToken cancellationToken)
    {
        // Row locks taken by the statements (UPDATE ... WHERE version = @v, ON CONFLICT, FOR UPDATE SKIP LOCKED)
        // give the optimistic checks their meaning under READ COMMITTED; no gate is needed here.
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                return await CompleteAsync(transaction, await work(connection, transaction).ConfigureAwait(false), commit, cancellationToken)
                    .ConfigureAwait(false);
            }
        }
    }

    public override async Task<int> ExecuteBatchAsync<TItem>(DbConnection connection, DbTransaction transaction, string sql,
        IReadOnlyList<TItem> items, Action<SqlParams, TItem> bind, CancellationToken cancellationToken)
    {
        // One round trip for the whole batch; it runs inside the caller's transaction.
        var batch = new NpgsqlBatch((NpgsqlConnection)connection, (NpgsqlTransaction)transaction);
        await using (batch.ConfigureAwait(false))
        {
            foreach (var item in items)
            {
                var command = new NpgsqlBatchCommand(sql);
                bind(new SqlParams(this, command.Parameters, command.CreateParameter), item);
                batch.BatchCommands.Add(command);
            }

            return await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    // Npgsql writes a DateTimeOffset to timestamptz only with a zero offset.
    public override object TimeValue(DateTimeOffset value) => value.ToUniversalTime();

    public override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);

    public override object IdListValue(IReadOnlyCollection<long> ids) => ids.ToArray();

    public override void MarkJson(DbParameter parameter) => ((NpgsqlParameter)parameter).NpgsqlDbType = NpgsqlDbType.Jsonb;

    public override void Dispose()
    {
        _dataSource.Dispose();
        base.Dispose();
    }

    protected override async Task CreateSchemaAsync(string script)
    {
        // Two silos starting together would race on CREATE TABLE IF NOT EXISTS (it can fail on the catalog's unique
        // index); a transaction-scoped advisory lock makes them take turns.
        await WriteAsync(async (connection, transaction) =>
        {
            var lockCommand = Command(connection, transaction, "SELECT pg_advisory_xact_lock(@key)");
            await using (lockCommand.ConfigureAwait(false))
            {
                Params(lockCommand).Number("key", SchemaLockKey);
                await lockCommand.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
            }

            var command = Command(connection, transaction, script);
            await using (command.ConfigureAwait(false))
            {
                return await command.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }, CancellationToken.None).ConfigureAwait(false);
    }
}
