using System.Data.Common;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Ugc.Actors.Persistence;
using Ugc.Actors.Sql.Dialects;
using Ugc.Actors.Sql.Options;

namespace Ugc.Actors.Sql.Storage;

/// <summary>
/// Grain state in one SQL table as JSON, with the row version as the ETag. Writes are optimistic: a first write
/// only inserts, a later one only updates the version it read; anything else throws
/// <see cref="InconsistentStateException"/> and changes nothing.
/// </summary>
public sealed class SqlGrainStorage : IGrainStorage
{
    private readonly string _name;
    private readonly SqlDatabase _database;
    private readonly string _serviceId;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;

    public SqlGrainStorage(string name, SqlDatabase database, SqlStorageOptions options, TimeProvider timeProvider, ILogger<SqlGrainStorage>? logger = null)
    {
        _name = name;
        _database = database;
        _serviceId = options.ServiceId;
        _timeProvider = timeProvider;
        _logger = logger ?? NullLogger<SqlGrainStorage>.Instance;
    }

    /// <summary>Creates the schema if missing; every operation also does so on first use.</summary>
    public Task InitAsync(CancellationToken cancellationToken = default) => _database.EnsureSchemaAsync(cancellationToken);

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await _database.EnsureSchemaAsync().ConfigureAwait(false);
        var (payload, version) = await ReadRowAsync(stateName, grainId).ConfigureAwait(false);
        if (payload is null)
        {
            Reset(grainState);
            return;
        }

        grainState.State = GrainStorageSerializer.Deserialize<T>(payload);
        grainState.ETag = FormatEtag(version!.Value);
        grainState.RecordExists = true;
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await _database.EnsureSchemaAsync().ConfigureAwait(false);
        var payload = GrainStorageSerializer.SerializeToString(grainState.State);
        var expected = ParseEtag(grainState.ETag);
        if (grainState.ETag is not null && expected is null)
        {
            await ThrowConflictAsync(stateName, grainId, grainState.ETag).ConfigureAwait(false);
        }

        var version = await ExecuteVersionedAsync(expected is null ? GrainStateQueries.Insert : GrainStateQueries.Update,
            stateName, grainId, expected, payload).ConfigureAwait(false);
        if (version is null)
        {
            await ThrowConflictAsync(stateName, grainId, grainState.ETag).ConfigureAwait(false);
        }

        grainState.ETag = FormatEtag(version!.Value);
        grainState.RecordExists = true;
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await _database.EnsureSchemaAsync().ConfigureAwait(false);
        var expected = ParseEtag(grainState.ETag);
        if (expected is null)
        {
            // Clearing what the caller believes absent changes nothing, but is a conflict if a record exists after all.
            var (payload, _) = await ReadRowAsync(stateName, grainId).ConfigureAwait(false);
            if (payload is not null || grainState.ETag is not null)
            {
                await ThrowConflictAsync(stateName, grainId, grainState.ETag).ConfigureAwait(false);
            }
        }
        else if (await ExecuteVersionedAsync(GrainStateQueries.Clear, stateName, grainId, expected, payload: null).ConfigureAwait(false) is null)
        {
            await ThrowConflictAsync(stateName, grainId, grainState.ETag).ConfigureAwait(false);
        }

        Reset(grainState);
    }

    private static void Reset<T>(IGrainState<T> grainState)
    {
        grainState.State = GrainStorageSerializer.CreateDefault<T>();
        grainState.ETag = null;
        grainState.RecordExists = false;
    }

    private static string FormatEtag(long version) => version.ToString(CultureInfo.InvariantCulture);

    private static long? ParseEtag(string? etag) =>
        long.TryParse(etag, NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : null;

    private Task<(string? Payload, long? Version)> ReadRowAsync(string stateName, GrainId grainId) =>
        _database.ReadAsync(async connection =>
        {
            var command = _database.Command(connection, null, GrainStateQueries.Read);
            await using (command.ConfigureAwait(false))
            {
                BindKey(command, stateName, grainId);
                var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    if (!await reader.ReadAsync().ConfigureAwait(false))
                    {
                        return ((string?)null, (long?)null);
                    }

                    return (reader.IsDBNull(0) ? null : reader.GetString(0), reader.GetInt64(1));
                }
            }
        }, CancellationToken.None);

    /// <summary>Runs a statement that returns the new version, or nothing when its condition did not hold.</summary>
    private Task<long?> ExecuteVersionedAsync(string sql, string stateName, GrainId grainId, long? expected, string? payload) =>
        _database.WriteAsync(async (connection, transaction) =>
        {
            var command = _database.Command(connection, transaction, sql);
            await using (command.ConfigureAwait(false))
            {
                BindKey(command, stateName, grainId).Json("payload", payload).Time("now", _timeProvider.GetUtcNow());
                if (expected is { } version)
                {
                    _database.Params(command).Number("version", version);
                }

                var result = await command.ExecuteScalarAsync().ConfigureAwait(false);
                return result is null or DBNull ? (long?)null : Convert.ToInt64(result, CultureInfo.InvariantCulture);
            }
        }, CancellationToken.None);

    private SqlParams BindKey(DbCommand command, string stateName, GrainId grainId) =>
        _database.Params(command).Text("service_id", _serviceId).Text("grain_type", grainId.Type).Text("grain_key", grainId.Key)
            .Text("state_name", stateName);

    private async Task ThrowConflictAsync(string stateName, GrainId grainId, string? writeEtag)
    {
        var (payload, version) = await ReadRowAsync(stateName, grainId).ConfigureAwait(false);
        var stored = payload is null ? null : FormatEtag(version!.Value);
        Log.StateConflict(_logger, _name, grainId, stateName, stored, writeEtag);
        throw new InconsistentStateException(
            $"Grain storage '{_name}' refused to change state '{stateName}' of {grainId}: its ETag is stale.", stored, writeEtag);
    }
}
