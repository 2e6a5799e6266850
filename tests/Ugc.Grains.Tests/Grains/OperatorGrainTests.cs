using Microsoft.Extensions.DependencyInjection;
using Ugc.Contracts.Operations;
using Ugc.Grains.Operations;
using Ugc.Grains.Tests.Infrastructure;

namespace Ugc.Grains.Tests.Grains;

/// <summary>Operator sessions, the generated token's hash and the pipeline figures live in grains: every silo sees the same.</summary>
[Collection(GrainClusterCollection.Name)]
public sealed class OperatorGrainTests(GrainClusterFixture fixture)
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private IGrainFactory Silo(int index) => fixture.Cluster.Silos[index].ServiceProvider.GetRequiredService<IGrainFactory>();

    [Fact]
    public async Task A_session_opened_through_one_silo_is_open_on_the_other_until_it_expires_or_closes()
    {
        await Silo(0).GetGrain<IOperatorSessionsGrain>("sessions-a").OpenAsync("hash-1", T0.AddHours(1), T0);
        var other = Silo(1).GetGrain<IOperatorSessionsGrain>("sessions-a");

        Assert.True(await other.IsOpenAsync("hash-1", T0.AddMinutes(59)));
        Assert.False(await other.IsOpenAsync("hash-1", T0.AddHours(1)));
        Assert.False(await other.IsOpenAsync("hash-2", T0));

        await other.CloseAsync("hash-1");
        Assert.False(await Silo(0).GetGrain<IOperatorSessionsGrain>("sessions-a").IsOpenAsync("hash-1", T0));
    }

    [Fact]
    public async Task Sessions_are_persisted_and_capped_by_dropping_the_oldest()
    {
        var grain = Silo(0).GetGrain<IOperatorSessionsGrain>("sessions-cap");
        for (var i = 0; i <= OperatorSessionsGrain.MaxSessions; i++)
        {
            await grain.OpenAsync($"s{i}", T0.AddHours(1).AddSeconds(i), T0);
        }

        Assert.False(await grain.IsOpenAsync("s0", T0));
        Assert.True(await grain.IsOpenAsync("s1", T0));
        Assert.True(await grain.IsOpenAsync($"s{OperatorSessionsGrain.MaxSessions}", T0));
        var stored = await fixture.Cluster.ReadStateAsync<OperatorSessionsState>("operator-sessions", grain.GetGrainId());
        Assert.Equal(OperatorSessionsGrain.MaxSessions, stored.Expiries.Count);
    }

    [Fact]
    public async Task The_first_token_hash_stored_wins_for_every_later_silo()
    {
        Assert.Equal("AAAA", await Silo(0).GetGrain<IOperatorTokenGrain>("token-a").EnsureHashAsync("AAAA"));
        Assert.Equal("AAAA", await Silo(1).GetGrain<IOperatorTokenGrain>("token-a").EnsureHashAsync("BBBB"));
    }

    [Fact]
    public async Task Pipeline_reports_from_both_silos_are_summed_and_tell_when_the_console_last_looked()
    {
        static SiloPipelineReport Report(string silo, long submitted, double lag) => new(silo, DateTimeOffset.UtcNow, submitted,
            new Dictionary<string, long> { ["approved"] = submitted }, new Dictionary<string, long>(), 1, [lag], TimeSpan.FromSeconds(10));

        var a = Silo(0).GetGrain<IPipelineStatsGrain>("pipeline-a");
        var b = Silo(1).GetGrain<IPipelineStatsGrain>("pipeline-a");
        Assert.Null(await a.ReportAsync(Report("silo-a", 3, 100)));
        Assert.Null(await b.ReportAsync(Report("silo-b", 4, 300)));

        var stats = await a.GetAsync(10);
        Assert.Equal((2, 7L, 2L, 7L), (stats.Silos, stats.Submitted, stats.Published, stats.DecisionTotals["approved"]));
        Assert.Equal(300, stats.Current.LagP99Ms);
        Assert.NotNull(await b.ReportAsync(Report("silo-b", 5, 200)));
    }
}
