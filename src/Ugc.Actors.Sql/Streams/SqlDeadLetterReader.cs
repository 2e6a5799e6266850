using Ugc.Actors.Sql.Dialects;
using Ugc.Actors.Streams;

namespace Ugc.Actors.Sql.Streams;

/// <summary>Reads the newest dead letters of one stream provider, for operators.</summary>
internal sealed class SqlDeadLetterReader(SqlDatabase database, string serviceId, string providerName)
{
    public async Task<IReadOnlyList<DeadLetter>> ReadAsync(int maxCount, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCount);
        await database.EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        return await database.ReadAsync<IReadOnlyList<DeadLetter>>(async connection =>
        {
            var command = database.Command(connection, null, StreamQueueQueries.ReadDeadLetters);
            await using (command.ConfigureAwait(false))
            {
                database.Params(command).Text("service_id", serviceId).Text("provider_name", providerName).Number("max_count", maxCount);
                var letters = new List<DeadLetter>();
                var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        var envelope = new QueueEnvelope(reader.GetString(3), reader.GetString(4), reader.GetString(5), (byte[])reader.GetValue(6));
                        letters.Add(new DeadLetter(reader.GetInt64(0), reader.GetInt32(1), reader.GetInt64(2), envelope,
                            database.ReadTime(reader, 7), database.ReadTime(reader, 8), reader.GetInt32(9), reader.GetString(10)));
                    }
                }

                return letters;
            }
        }, cancellationToken).ConfigureAwait(false);
    }
}
