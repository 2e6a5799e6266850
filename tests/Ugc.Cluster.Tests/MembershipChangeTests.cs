using System.Globalization;
using Ugc.Cluster.Tests.Infrastructure;
using Ugc.Testing;
using Ugc.Testing.Postgres;
using Xunit.Abstractions;

namespace Ugc.Cluster.Tests;

/// <summary>
/// A rolling change under continuous load: a silo drained and stopped with SIGTERM hands its grains over without a
/// failed request, starts again and rejoins, and a fourth silo added to the cluster takes a share of new grains.
/// </summary>
[Collection(ClusterCollection.Name)]
[Trait("Category", "Cluster")]
[Trait("Category", "Postgres")]
public sealed class MembershipChangeTests(PostgresFixture postgres, ITestOutputHelper output)
{
    [ClusterFact]
    public async Task A_silo_stopped_with_SIGTERM_hands_over_without_a_failed_request_rejoins_and_a_new_silo_takes_a_share()
    {
        await using var cluster = await SiloCluster.CreateAsync(postgres.Server);
        var silos = await cluster.StartAsync("A", "B", "C");
        await ClusterChecks.ActiveAsync(cluster, silos, TimeSpan.FromSeconds(30));
        var tenant = await Tenant.CreateAsync(cluster.Http, silos[0].BaseAddress, "brand", 12, SiloCluster.OperatorToken);
        var targets = new List<SiloProcess>(silos);
        await using var load = new ClusterLoad(tenant, () => { lock (targets) { return [.. targets]; } }, writers: 6, readers: 3, TimeSpan.FromSeconds(30));
        await load.WaitForAcknowledgedAsync(150, TimeSpan.FromSeconds(60));

        await using var client = await OrleansTestClient.ConnectAsync(cluster.ConnectionString);
        var placement = await client.ProductPlacementAsync(tenant);
        var stopping = silos.OrderByDescending(s => placement.Count(p => p.Value == s.SiloPort)).First();
        var movedProducts = placement.Count(p => p.Value == stopping.SiloPort);

        // Drain as a load balancer does at a rolling upgrade: no new requests to the silo, then SIGTERM; the requests
        // it still holds complete, then it leaves the cluster and its grains move.
        var stoppedAt = DateTimeOffset.UtcNow;
        lock (targets)
        {
            targets.Remove(stopping);
        }

        stopping.Terminate();
        Assert.True(await stopping.WaitForExitAsync(TimeSpan.FromSeconds(90)), $"{stopping.Name} did not exit within 90 s of SIGTERM.\n{stopping.Tail()}");
        var exited = DateTimeOffset.UtcNow;
        Assert.True(stopping.ExitCode == 0, $"{stopping.Name} exited with {stopping.ExitCode} after SIGTERM.\n{stopping.Tail()}");
        Assert.Equal(MemberStatus.Dead, (await cluster.MemberAsync(stopping))?.Status);
        await load.WaitForAcknowledgedAsync(100, TimeSpan.FromSeconds(60));
        var handedOver = DateTimeOffset.UtcNow;
        var failed = load.Attempts.Where(a => a.Ended >= stoppedAt && a.Started < handedOver && a.Outcome != AttemptOutcome.Succeeded).ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"SIGTERM of {stopping.Name} ({movedProducts} of {tenant.Products.Count} product grains lived on it): exited with 0 after {(exited - stoppedAt).TotalSeconds:F1} s, Dead in the membership table."));
        output.WriteLine(LoadReport.Window(load.Attempts, stoppedAt, handedOver, "SIGTERM to 100 writes after the exit"));
        Assert.True(failed.Count == 0, $"{failed.Count} requests failed while {stopping.Name} stopped gracefully: "
            + string.Join("; ", failed.Take(5).Select(a => $"{a.Silo} {a.Outcome} {a.Detail}")) + "\n" + cluster.Describe());

        // The same silo starts again on its ports: a new generation joins, and new grains are placed on it.
        var restarted = await cluster.RestartAsync(stopping);
        var current = silos.Where(s => s != stopping).Append(restarted).ToList();
        await ClusterChecks.ActiveAsync(cluster, current, TimeSpan.FromSeconds(30));
        lock (targets)
        {
            targets.Add(restarted);
        }

        await ActivationsOnAsync(client, load, restarted, "after its restart");

        // A fourth silo joins under load and takes a share of the new content grains.
        var added = (await cluster.StartAsync("D"))[0];
        current.Add(added);
        await ClusterChecks.ActiveAsync(cluster, current, TimeSpan.FromSeconds(30));
        lock (targets)
        {
            targets.Add(added);
        }

        await ActivationsOnAsync(client, load, added, "after it joined");
        await load.StopAsync();

        var acknowledged = load.AcknowledgedIds;
        await ClusterChecks.AllVisibleAsync(cluster, tenant, added, acknowledged, TimeSpan.FromSeconds(150));
        await ClusterChecks.QueuesDrainedAsync(cluster, TimeSpan.FromSeconds(60));
        output.WriteLine(LoadReport.Window(load.Attempts, handedOver, DateTimeOffset.UtcNow, "restart and join"));
        output.WriteLine($"Acknowledged: {acknowledged.Count}; lost 0 (all moderated and visible); every stream queue drained, 0 dead letters.");
    }

    /// <summary>Waits until the silo holds content grains of new submissions and has acknowledged writes through its own gateway.</summary>
    private async Task ActivationsOnAsync(OrleansTestClient client, ClusterLoad load, SiloProcess silo, string when)
    {
        var since = DateTimeOffset.UtcNow;
        await load.WaitForAcknowledgedAsync(100, TimeSpan.FromSeconds(60));
        var share = await Poll.UntilAsync(() => client.ActivationsAsync("ContentGrain"), a => a.GetValueOrDefault(silo.SiloPort) > 0,
            $"{silo.Name} holds content grain activations {when}", TimeSpan.FromSeconds(60));
        var served = load.Writes.Count(a => a.Silo == silo.Name && a.Started >= since && a.Outcome == AttemptOutcome.Succeeded);
        output.WriteLine($"{silo.Name} {when}: {share.GetValueOrDefault(silo.SiloPort)} of {share.Values.Sum()} content grain activations; {served} writes acknowledged through it.");
        Assert.True(served > 0, $"No write was acknowledged through {silo.Name} {when}.");
    }
}
