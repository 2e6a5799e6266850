namespace Ugc.Contracts.Solicitation;

/// <summary>
/// The orders of one client due on one UTC day, split into shards by order id: the durable wake-up list the client's
/// scheduler works through. Key: <c>clientId/yyyyMMdd/shard</c>.
/// </summary>
[Alias("ugc.ISolicitationBucketGrain")]
public interface ISolicitationBucketGrain : IGrainWithStringKey
{
    /// <summary>Adds wake-ups (an order already listed keeps the earlier time); completes once stored and the scheduler knows.</summary>
    [Alias("Add")]
    Task AddAsync(IReadOnlyList<ScheduleEntry> entries);

    /// <summary>Dispatches the orders due at <paramref name="now"/>, then reports its next wake-up to the scheduler.</summary>
    [OneWay]
    [Alias("Dispatch")]
    Task DispatchAsync(DateTimeOffset now);

    /// <summary>Drops an order's wake-ups (erasure).</summary>
    [Alias("Remove")]
    Task RemoveAsync(string orderId);

    /// <summary>How many wake-ups the bucket holds.</summary>
    [ReadOnly]
    [Alias("Count")]
    Task<int> CountAsync();
}
