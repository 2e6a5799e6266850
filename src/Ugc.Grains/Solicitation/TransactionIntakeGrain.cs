using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Ugc.Contracts.Clients;
using Ugc.Contracts.Solicitation;

namespace Ugc.Grains.Solicitation;

/// <summary>
/// Transaction intake (<see cref="ITransactionIntakeGrain"/>), a stateless worker: the client's settings are read once
/// per batch, each order grain stores its order, then the wake-ups go to their buckets grouped, and the batch is
/// counted once. An order stored whose wake-up was lost (a stop in between) gets it again when the feed is resent.
/// </summary>
[StatelessWorker]
public sealed class TransactionIntakeGrain(
    IOptions<SolicitationOptions> options, [FromKeyedServices(DomainClock.Key)] TimeProvider time) : Grain, ITransactionIntakeGrain
{
    public async Task<IntakeSummary> IngestAsync(string clientId, IReadOnlyList<TransactionRecord> transactions)
    {
        ArgumentNullException.ThrowIfNull(transactions);
        var client = await GrainFactory.GetGrain<IClientGrain>(clientId).GetAsync() ?? throw new NotFoundException($"Client '{clientId}' does not exist.");
        var now = time.GetUtcNow();
        var settings = client.Solicitation;
        var outcomes = new AcceptOutcome[transactions.Count];
        if (!settings.Enabled)
        {
            Array.Fill(outcomes, new AcceptOutcome(IntakeStatus.Disabled, null));
        }
        else
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, transactions.Count), new ParallelOptions { MaxDegreeOfParallelism = options.Value.IntakeParallelism, TaskScheduler = TaskScheduler.Current },
                async (i, _) => outcomes[i] = await GrainFactory.GetGrain<ISolicitationOrderGrain>($"{clientId}/{transactions[i].OrderId}").AcceptAsync(transactions[i], settings, now));
        }

        var buckets = new Dictionary<string, List<ScheduleEntry>>(StringComparer.Ordinal);
        for (var i = 0; i < outcomes.Length; i++)
        {
            if (outcomes[i].WakeAt is { } wake)
            {
                var orderId = transactions[i].OrderId;
                var key = BucketKey.For(clientId, orderId, wake, options.Value.Shards);
                (buckets.TryGetValue(key, out var list) ? list : buckets[key] = []).Add(new ScheduleEntry(orderId, wake));
            }
        }

        await Task.WhenAll(buckets.Select(b => GrainFactory.GetGrain<ISolicitationBucketGrain>(b.Key).AddAsync(b.Value)));
        var summary = IntakeSummary.Of(outcomes.Select(o => o.Status));
        await GrainFactory.GetGrain<ISolicitationReportGrain>(clientId).CountAsync(DateOnly.FromDateTime(now.UtcDateTime), SolicitationCounts.FromIntake(summary));
        return summary;
    }
}
