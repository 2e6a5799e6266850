using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Streams;

namespace Ugc.Storage.Streams;

/// <summary>The monitor of one Streaming.AdoNet provider, over our stream tables.</summary>
internal sealed class AdoNetStreamQueueMonitor(
    string providerName,
    IStreamMonitorStore store,
    IServiceProvider services,
    TimeSpan messageExpiry,
    ILogger<AdoNetStreamQueueMonitor> logger) : IStreamQueueMonitor
{
    private readonly Lazy<StreamPayloadDecoder> _decoder = new(() => new StreamPayloadDecoder(services));

    private string ServiceId => services.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId;

    private TimeProvider Clock => services.GetService<TimeProvider>() ?? TimeProvider.System;

    public async Task<IReadOnlyList<StreamQueueStatistics>> GetQueuesAsync(CancellationToken cancellationToken = default)
    {
        var counts = (await store.CountAsync(ServiceId, providerName, cancellationToken).ConfigureAwait(false))
            .ToDictionary(c => c.QueueId, StringComparer.Ordinal);
        var now = Clock.GetUtcNow().UtcDateTime;
        // Every queue of the provider, plus any the table still holds from an earlier queue count.
        return ConfiguredQueueIds().Union(counts.Keys, StringComparer.Ordinal)
            .Select(id => counts.TryGetValue(id, out var c)
                ? new StreamQueueStatistics(id, c.Waiting, c.InFlight, c.OldestWaitingCreatedOn is { } oldest ? Age(now, oldest) : null, c.DeadLetters)
                : new StreamQueueStatistics(id, 0, 0, null, 0))
            .OrderBy(s => s.QueueId, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<IReadOnlyList<StreamDeadLetter>> ReadDeadLettersAsync(int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var rows = await store.ReadDeadLettersAsync(ServiceId, providerName, limit, cancellationToken).ConfigureAwait(false);
        return rows.Select(ToDeadLetter).ToList();
    }

    public async Task<bool> ReplayDeadLetterAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (!long.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var messageId))
        {
            Log.DeadLetterNotFound(logger, providerName, id);
            return false;
        }

        var expirySeconds = (int)Math.Ceiling(Math.Min(messageExpiry.TotalSeconds, int.MaxValue));
        var queueId = await store.ReplayAsync(ServiceId, providerName, messageId, expirySeconds, cancellationToken).ConfigureAwait(false);
        if (queueId is null)
        {
            Log.DeadLetterNotFound(logger, providerName, id);
            return false;
        }

        Log.DeadLetterReplayed(logger, providerName, queueId, messageId);
        return true;
    }

    private static TimeSpan Age(DateTime now, DateTime createdOn)
    {
        var age = now - DateTime.SpecifyKind(createdOn, DateTimeKind.Utc);
        return age < TimeSpan.Zero ? TimeSpan.Zero : age;
    }

    private IEnumerable<string> ConfiguredQueueIds()
    {
        var options = services.GetRequiredService<IOptionsMonitor<HashRingStreamQueueMapperOptions>>().Get(providerName);
        return new HashRingBasedStreamQueueMapper(options, providerName).GetAllQueues().Select(q => q.ToString());
    }

    private StreamDeadLetter ToDeadLetter(DeadLetterRow row)
    {
        string? streamNamespace = null, streamKey = null, eventType = null;
        try
        {
            (streamNamespace, streamKey, eventType) = _decoder.Value.Decode(row.Payload);
        }
        catch (Exception exception) when (exception is TargetInvocationException or SerializerException or InvalidCastException
                                               or TypeLoadException or MissingMemberException or FileNotFoundException)
        {
            // Reported, not swallowed: the dead letter is still listed and replayable, without these fields.
            Log.PayloadNotDecoded(logger, exception, providerName, row.MessageId);
        }

        return new StreamDeadLetter(row.MessageId.ToString(System.Globalization.CultureInfo.InvariantCulture), row.QueueId,
            streamNamespace, streamKey, eventType,
            new DateTimeOffset(DateTime.SpecifyKind(row.CreatedOn, DateTimeKind.Utc)),
            new DateTimeOffset(DateTime.SpecifyKind(row.DeadOn, DateTimeKind.Utc)),
            row.Dequeued);
    }
}
