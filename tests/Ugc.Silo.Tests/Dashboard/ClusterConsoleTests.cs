using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Hosting;
using Orleans.TestingHost;
using Ugc.Contracts.Content;
using Ugc.Contracts.Operations;
using Ugc.Grains.Catalog;
using Ugc.Grains.Hosting;
using Ugc.Silo.Dashboard;
using Ugc.Silo.Operators;
using Ugc.Storage.Hosting;
using Ugc.Storage.Options;
using Ugc.Testing;

namespace Ugc.Silo.Tests.Dashboard;

/// <summary>
/// Two silos of one cluster (Orleans' in-process test cluster), each with the console's pipeline reporter: the figures
/// are the sums of both, and a login session opened through one silo is valid through the other.
/// </summary>
public sealed class ClusterConsoleTests : IAsyncLifetime
{
    private readonly InProcessTestCluster _cluster;

    public ClusterConsoleTests()
    {
        var builder = new InProcessTestClusterBuilder(2);
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddUgcDomain().AddUgcStorage(o =>
            {
                o.Provider = UgcStorageProvider.Memory;
                o.StreamProviders.Add(StreamNames.Provider);
            });
            silo.Services.AddDashboard(o => o.IdleSampleInterval = TimeSpan.FromSeconds(1));
        });
        _cluster = builder.Build();
    }

    public Task InitializeAsync() => _cluster.DeployAsync();

    public Task DisposeAsync() => _cluster.DisposeAsync().AsTask();

    [Fact]
    public async Task Pipeline_figures_are_the_sum_of_what_every_silo_counted()
    {
        Record(0, submissions: 3, lagMs: 100, approvals: 1);
        Record(1, submissions: 5, lagMs: 300, approvals: 2);

        var stats = await Poll.UntilAsync(() => Services(0).GetRequiredService<IGrainFactory>().GetGrain<IPipelineStatsGrain>("cluster").GetAsync(10),
            s => s.Silos == 2 && s.Submitted == 8 && s.Published == 2, "both silos reported their counters", TimeSpan.FromSeconds(20));

        Assert.Equal(3, stats.DecisionTotals["approved"]);
        Assert.Equal((100, 300), (stats.Current.LagP50Ms, stats.Current.LagP99Ms));
        Assert.True(Services(1).GetRequiredService<PipelineReporter>().ReportsSent > 0);
    }

    [Fact]
    public async Task A_session_opened_through_one_silo_is_open_through_the_other_and_closes_everywhere()
    {
        var first = Sessions(0);
        var second = Sessions(1);
        var id = await first.OpenAsync(CancellationToken.None);

        Assert.True(await second.IsOpenAsync(id, CancellationToken.None));
        Assert.False(await second.IsOpenAsync(id + "0", CancellationToken.None));

        await second.CloseAsync(id);
        Assert.False(await first.IsOpenAsync(id, CancellationToken.None));
    }

    private IServiceProvider Services(int silo) => _cluster.Silos[silo].ServiceProvider;

    private OperatorSessions Sessions(int silo) =>
        new(Services(silo).GetRequiredService<IGrainFactory>(), TimeProvider.System, Options.Create(new DashboardOptions()));

    private void Record(int silo, int submissions, double lagMs, int approvals)
    {
        var tracker = Services(silo).GetRequiredService<FreshnessTracker>();
        for (var i = 0; i < submissions; i++)
        {
            tracker.RecordSubmission();
        }

        for (var i = 0; i < approvals; i++)
        {
            tracker.RecordDecision("approved");
        }

        tracker.RecordVisible(TimeSpan.FromMilliseconds(lagMs));
    }
}
