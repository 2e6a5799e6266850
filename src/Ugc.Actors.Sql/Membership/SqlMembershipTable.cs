using System.Data.Common;
using System.Globalization;
using Ugc.Actors.Membership;
using Ugc.Actors.Placement;
using Ugc.Actors.Sql.Dialects;
using Ugc.Actors.Sql.Options;

namespace Ugc.Actors.Sql.Membership;

/// <summary>
/// The membership table of one cluster in SQL: silo rows plus a version row. Inserts and updates first bump the
/// version row where it still holds the expected version, in the same transaction, so of two silos acting on the same
/// view only one succeeds; the loser's row change is rolled back.
/// </summary>
public sealed class SqlMembershipTable : IMembershipTable
{
    private readonly SqlDatabase _database;
    private readonly string _clusterId;
    private readonly Lock _initLock = new();
    private Task? _init;

    public SqlMembershipTable(SqlDatabase database, SqlMembershipTableOptions options)
    {
        _database = database;
        _clusterId = options.ClusterId;
    }

    public Task InitAsync(CancellationToken cancellationToken = default)
    {
        lock (_initLock)
        {
            if (_init is null || _init.IsFaulted || _init.IsCanceled)
            {
                _init = CreateAsync();
            }

            return _init.WaitAsync(cancellationToken);
        }
    }

    public async Task<MembershipSnapshot> ReadAllAsync(CancellationToken cancellationToken = default)
    {
        await InitAsync(cancellationToken).ConfigureAwait(false);
        return await _database.ReadAsync(async connection =>
        {
            var command = _database.Command(connection, null, MembershipQueries.ReadAll);
            await using (command.ConfigureAwait(false))
            {
                _database.Params(command).Text("cluster_id", _clusterId);
                var rows = new List<MembershipRow>();
                var version = 0L;
                var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        version = reader.GetInt64(0);
                        if (!reader.IsDBNull(1))
                        {
                            rows.Add(ReadRow(reader));
                        }
                    }
                }

                return new MembershipSnapshot(rows, version);
            }
        }, cancellationToken).ConfigureAwait(false);
    }

    public Task<bool> InsertRowAsync(MembershipEntry entry, long expectedVersion, CancellationToken cancellationToken = default) =>
        ChangeAsync(MembershipQueries.InsertRow, entry, etag: null, expectedVersion, cancellationToken);

    public Task<bool> UpdateRowAsync(MembershipEntry entry, string eTag, long expectedVersion, CancellationToken cancellationToken = default) =>
        long.TryParse(eTag, NumberStyles.None, CultureInfo.InvariantCulture, out var etag)
            ? ChangeAsync(MembershipQueries.UpdateRow, entry, etag, expectedVersion, cancellationToken)
            : Task.FromResult(false);

    public async Task UpdateIAmAliveAsync(MembershipEntry entry, CancellationToken cancellationToken = default)
    {
        await InitAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(MembershipQueries.UpdateIAmAlive,
            p => BindSilo(p, entry.Silo).Time("i_am_alive_time", entry.IAmAliveTime), cancellationToken).ConfigureAwait(false);
    }

    public async Task CleanupDefunctEntriesAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        await InitAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(MembershipQueries.DeleteDefunct,
            p => p.Text("cluster_id", _clusterId).Text("dead", nameof(SiloStatus.Dead)).Time("before", before), cancellationToken).ConfigureAwait(false);
    }

    private MembershipRow ReadRow(DbDataReader reader)
    {
        var silo = new SiloAddress(reader.GetString(1), reader.GetInt32(2), reader.GetInt64(3));
        var entry = new MembershipEntry(silo, reader.GetString(4), Enum.Parse<SiloStatus>(reader.GetString(5)),
            _database.ReadTime(reader, 6), _database.ReadTime(reader, 7))
        {
            Suspicions = SuspicionsJson.Deserialize(reader.GetString(8)),
        };
        return new MembershipRow(entry, reader.GetInt64(9).ToString(CultureInfo.InvariantCulture));
    }

    private async Task CreateAsync()
    {
        await _database.EnsureSchemaAsync().ConfigureAwait(false);
        await ExecuteAsync(MembershipQueries.InsertVersionRow, p => p.Text("cluster_id", _clusterId), CancellationToken.None).ConfigureAwait(false);
    }

    private async Task<bool> ChangeAsync(string sql, MembershipEntry entry, long? etag, long expectedVersion, CancellationToken cancellationToken)
    {
        await InitAsync(cancellationToken).ConfigureAwait(false);
        return await _database.WriteIfAsync(async (connection, transaction) =>
        {
            var bump = _database.Command(connection, transaction, MembershipQueries.BumpVersion);
            await using (bump.ConfigureAwait(false))
            {
                _database.Params(bump).Text("cluster_id", _clusterId).Number("expected_version", expectedVersion);
                if (await bump.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) != 1)
                {
                    return false;
                }
            }

            var change = _database.Command(connection, transaction, sql);
            await using (change.ConfigureAwait(false))
            {
                var parameters = BindSilo(_database.Params(change), entry.Silo).Text("silo_name", entry.SiloName).Text("status", entry.Status.ToString())
                    .Time("start_time", entry.StartTime).Time("i_am_alive_time", entry.IAmAliveTime).Json("suspicions", SuspicionsJson.Serialize(entry.Suspicions));
                if (etag is { } value)
                {
                    parameters.Number("etag", value);
                }

                // When the row change did not apply, false rolls back the version bump too.
                return await change.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
            }
        }, cancellationToken).ConfigureAwait(false);
    }

    private SqlParams BindSilo(SqlParams parameters, SiloAddress silo) =>
        parameters.Text("cluster_id", _clusterId).Text("host", silo.Host).Number("port", silo.Port).Number("generation", silo.Generation);

    private async Task ExecuteAsync(string sql, Action<SqlParams> bind, CancellationToken cancellationToken) =>
        await _database.WriteAsync(async (connection, transaction) =>
        {
            var command = _database.Command(connection, transaction, sql);
            await using (command.ConfigureAwait(false))
            {
                bind(_database.Params(command));
                return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }, cancellationToken).ConfigureAwait(false);
}
