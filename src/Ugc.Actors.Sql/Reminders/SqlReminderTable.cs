using System.Data.Common;
using System.Globalization;
using Ugc.Actors.Reminders;
using Ugc.Actors.Sql.Dialects;
using Ugc.Actors.Sql.Options;

namespace Ugc.Actors.Sql.Reminders;

/// <summary>Durable reminders in one SQL table, scoped by service id; the row version is the ETag.</summary>
public sealed class SqlReminderTable : IReminderTable
{
    private readonly SqlDatabase _database;
    private readonly string _serviceId;

    public SqlReminderTable(SqlDatabase database, SqlReminderTableOptions options)
    {
        _database = database;
        _serviceId = options.ServiceId;
    }

    public Task InitAsync(CancellationToken cancellationToken = default) => _database.EnsureSchemaAsync(cancellationToken);

    public Task<IReadOnlyList<ReminderEntry>> ReadRowsAsync(GrainId grainId, CancellationToken cancellationToken = default) =>
        QueryAsync(ReminderQueries.ReadGrain, p => p.Text("grain_type", grainId.Type).Text("grain_key", grainId.Key), cancellationToken);

    public Task<IReadOnlyList<ReminderEntry>> ReadAllRowsAsync(CancellationToken cancellationToken = default) =>
        QueryAsync(ReminderQueries.ReadAll, _ => { }, cancellationToken);

    public async Task<ReminderEntry?> ReadRowAsync(GrainId grainId, string reminderName, CancellationToken cancellationToken = default)
    {
        var rows = await QueryAsync(ReminderQueries.ReadOne,
            p => p.Text("grain_type", grainId.Type).Text("grain_key", grainId.Key).Text("reminder_name", reminderName),
            cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    public async Task<string> UpsertRowAsync(ReminderEntry entry, CancellationToken cancellationToken = default)
    {
        await _database.EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        return await _database.WriteAsync(async (connection, transaction) =>
        {
            var command = _database.Command(connection, transaction, ReminderQueries.Upsert);
            await using (command.ConfigureAwait(false))
            {
                BindKey(command, entry.GrainId, entry.ReminderName).Time("start_at", entry.StartAt)
                    .Number("period_us", entry.Period.Ticks / TimeSpan.TicksPerMicrosecond)
                    .Number("initial_version", Random.Shared.NextInt64(1, long.MaxValue / 2));
                var version = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
                return Convert.ToInt64(version, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
            }
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> RemoveRowAsync(GrainId grainId, string reminderName, string eTag, CancellationToken cancellationToken = default)
    {
        if (!long.TryParse(eTag, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return false;
        }

        await _database.EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        return await _database.WriteAsync(async (connection, transaction) =>
        {
            var command = _database.Command(connection, transaction, ReminderQueries.Delete);
            await using (command.ConfigureAwait(false))
            {
                BindKey(command, grainId, reminderName).Number("version", version);
                return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
            }
        }, cancellationToken).ConfigureAwait(false);
    }

    private SqlParams BindKey(DbCommand command, GrainId grainId, string reminderName) =>
        _database.Params(command).Text("service_id", _serviceId).Text("grain_type", grainId.Type).Text("grain_key", grainId.Key)
            .Text("reminder_name", reminderName);

    private async Task<IReadOnlyList<ReminderEntry>> QueryAsync(string sql, Action<SqlParams> bind, CancellationToken cancellationToken)
    {
        await _database.EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        return await _database.ReadAsync<IReadOnlyList<ReminderEntry>>(async connection =>
        {
            var command = _database.Command(connection, null, sql);
            await using (command.ConfigureAwait(false))
            {
                var parameters = _database.Params(command).Text("service_id", _serviceId);
                bind(parameters);
                var rows = new List<ReminderEntry>();
                var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        rows.Add(new ReminderEntry(new GrainId(reader.GetString(0), reader.GetString(1)), reader.GetString(2),
                            _database.ReadTime(reader, 3), TimeSpan.FromTicks(reader.GetInt64(4) * TimeSpan.TicksPerMicrosecond))
                        {
                            ETag = reader.GetInt64(5).ToString(CultureInfo.InvariantCulture),
                        });
                    }
                }

                return rows;
            }
        }, cancellationToken).ConfigureAwait(false);
    }
}
