using System.Globalization;
using Ugc.Contracts.Analytics;
using Ugc.Contracts.Catalog;
using Ugc.Contracts.Clients;
using Ugc.Contracts.Content;
using Ugc.Contracts.Submissions;
using Ugc.Grains.Clients;
using Ugc.Grains.Tests.Infrastructure;
using Ugc.Testing;

namespace Ugc.Grains.Tests.Storage;

/// <summary>
/// A client's configuration and its counters under concurrent load: moderation decisions, analytics events and
/// operator changes at once must raise no write conflict (an overlapping write with a stale ETag) and lose no count.
/// Runs once per storage provider (see the subclasses).
/// </summary>
public abstract class ClientWriteConcurrencyTests<TFixture>(TFixture fixture)
    where TFixture : StorageClusterFixture
{
    private const int Clean = 30;
    private const int Banned = 10;
    private const int Batches = 20;
    private const int ViewsPerBatch = 50;
    private const int ImpressionsPerBatch = 10;
    private const int KeysIssued = 10;

    [Fact]
    public async Task Concurrent_decisions_events_and_configuration_changes_raise_no_write_conflict_and_every_total_is_right()
    {
        var client = $"busy-{Guid.NewGuid():N}"[..20];
        var grain = fixture.Grains.GetGrain<IClientGrain>(client);
        await grain.CreateAsync(new ClientProfile(client, "Busy shop", ClientKind.Brand, ["en_US"]));
        var moderation = ModerationSettings.Default with { Models = [], BannedTerms = ["garbage"], HumanSampleRate = 0 };
        await grain.SetModerationAsync(moderation);
        await grain.UpdateAsync(new ClientUpdate(null, null, new VelocityLimits(SubmissionsPerIp: 1000)));
        var products = Enumerable.Range(0, 8).Select(i => $"p{i}").ToList();
        await Task.WhenAll(products.Select(p => fixture.Grains.GetGrain<IProductGrain>($"{client}/{p}").UpsertAsync(new CatalogProduct(p, "Product " + p))));

        var today = DateTimeOffset.UtcNow;
        var stream = fixture.Streams.GetStream<AnalyticsEvent>(StreamId.Create(StreamNames.Analytics, client));
        var submissions = Enumerable.Range(0, Clean + Banned).Select(i => SubmitAsync(client, products[i % products.Count], i, banned: i >= Clean)).ToList();
        var events = Enumerable.Range(0, Batches).Select(b => stream.OnNextBatchAsync(
            [.. Enumerable.Range(0, ViewsPerBatch).Select(_ => new AnalyticsEvent("pageview", null, today, 1)),
             .. Enumerable.Range(0, ImpressionsPerBatch).Select(_ => new AnalyticsEvent("impression", null, today, 3))]));
        var changes = Enumerable.Range(0, KeysIssued).Select(_ => (Task)grain.IssueKeyAsync([ApiScopes.Display]))
            .Concat(Enumerable.Range(0, 5).Select(i => (Task)grain.UpdateAsync(new ClientUpdate(null, ["en_US", $"fr_F{(char)('A' + i)}"], null))))
            .Concat(Enumerable.Range(0, 5).Select(_ => grain.SetModerationAsync(moderation)));

        // Any overlapping write with a stale ETag surfaces here as an InconsistentStateException.
        var ids = await Task.WhenAll(submissions);
        await Task.WhenAll(events.Concat(changes));

        var statuses = new List<ContentStatus>();
        foreach (var id in ids)
        {
            ContentDetails? content = null;
            await Poll.UntilAsync(async () => (content = await fixture.Grains.GetGrain<IContentGrain>(id).GetAsync()) is { Status: not ContentStatus.Submitted },
                $"content {id} is moderated", TimeSpan.FromSeconds(60));
            statuses.Add(content!.Status);
        }

        Assert.Equal(Clean, statuses.Count(s => s == ContentStatus.Approved));
        Assert.Equal(Banned, statuses.Count(s => s == ContentStatus.Rejected));

        var activity = fixture.Grains.GetGrain<IClientActivityGrain>(client);
        IReadOnlyDictionary<string, IReadOnlyDictionary<DateOnly, long>> totals = new Dictionary<string, IReadOnlyDictionary<DateOnly, long>>();
        await Poll.UntilAsync(async () =>
        {
            totals = await activity.GetAsync();
            return Total(totals, "pageview") == Batches * ViewsPerBatch && Total(totals, "impression") == Batches * ImpressionsPerBatch * 3
                && Total(totals, "approved") == Clean && Total(totals, "rejected") == Banned;
        }, "every decision and event is counted", TimeSpan.FromSeconds(60));
        Assert.Equal(0, Total(totals, "held"));

        // The configuration kept every change, in memory and in storage, and carries no counter.
        var details = (await grain.GetAsync())!;
        Assert.Equal(KeysIssued, details.Keys.Count);
        Assert.Equal(products.Order(StringComparer.Ordinal), await grain.GetProductIdsAsync());
        var stored = await fixture.Cluster.ReadStateAsync<ClientState>("client", grain.GetGrainId());
        Assert.Equal(KeysIssued, stored.Keys.Count);
        Assert.Equal(products.Count, stored.ProductIds.Count);
        Assert.Equal(["garbage"], stored.Moderation.BannedTerms);
    }

    private async Task<string> SubmitAsync(string client, string product, int i, bool banned)
    {
        var text = banned
            ? $"Total garbage, number {i}: the lid cracked on the second day and the seller never answered my mail."
            : $"Review number {i}: sturdy, quiet and easy to clean, it has done its job every day since it arrived.";
        var outcome = await fixture.Grains.GetGrain<ISubmissionGrain>(0).SubmitAsync(new SubmissionRequest(client, SubmissionFormKind.Review, Store: true,
            new Dictionary<string, IReadOnlyList<string>>
            {
                ["ProductId"] = [product], ["UserId"] = [$"shopper{i}"], ["UserNickname"] = [$"shopper{i}"], ["ReviewText"] = [text],
                ["Rating"] = [(1 + (i % 5)).ToString(CultureInfo.InvariantCulture)], ["fp"] = [$"device{i}"],
            }, "198.51.100.9"));
        Assert.True(outcome.Accepted, string.Join("; ", outcome.Errors.Select(e => e.Message).Concat(outcome.FieldErrors.Select(e => e.Message))));
        return outcome.Acknowledgement!.SubmissionId;
    }

    private static long Total(IReadOnlyDictionary<string, IReadOnlyDictionary<DateOnly, long>> totals, string counter) =>
        totals.TryGetValue(counter, out var days) ? days.Values.Sum() : 0;
}
