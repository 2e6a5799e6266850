using Ugc.Actors.Membership;
using Ugc.Actors.Placement;
using Ugc.Actors.Sql.Tests.Infrastructure;

namespace Ugc.Actors.Sql.Tests.Membership;

/// <summary>What every <see cref="IMembershipTable"/> must do; one subclass per provider.</summary>
public abstract class MembershipTableConformance
{
    private static readonly DateTimeOffset Start = new(2025, 6, 1, 10, 0, 0, TimeSpan.Zero);

    /// <summary>A table of its own (a fresh cluster id), not yet initialized.</summary>
    protected abstract IMembershipTable CreateTable();

    private readonly Lazy<IMembershipTable> _table;

    // Lazy and thread-safe: racing tests may touch it first from several threads, and each creation is a new cluster.
    protected MembershipTableConformance() => _table = new(CreateTable);

    private IMembershipTable Table => _table.Value;

    private static MembershipEntry Silo(int port, SiloStatus status = SiloStatus.Joining) =>
        new(new SiloAddress("10.0.0.1", port, 1000 + port), "silo-" + port, status, Start, Start);

    [ConformanceFact]
    public async Task A_new_table_is_empty_at_version_zero_and_init_is_repeatable()
    {
        await Table.InitAsync();
        await Table.InitAsync();

        var snapshot = await Table.ReadAllAsync();

        Assert.Empty(snapshot.Rows);
        Assert.Equal(0, snapshot.Version);
    }

    [ConformanceFact]
    public async Task Insert_at_the_current_version_adds_the_row_and_bumps_the_version()
    {
        await Table.InitAsync();
        var entry = Silo(11111) with
        {
            Suspicions = [new SuspicionVote(new SiloAddress("10.0.0.2", 2, 7), Start.AddSeconds(3))],
        };

        Assert.True(await Table.InsertRowAsync(entry, 0));

        var snapshot = await Table.ReadAllAsync();
        Assert.Equal(1, snapshot.Version);
        var row = Assert.Single(snapshot.Rows);
        Assert.Equal(entry.Silo, row.Entry.Silo);
        Assert.Equal("silo-11111", row.Entry.SiloName);
        Assert.Equal(SiloStatus.Joining, row.Entry.Status);
        Assert.Equal(Start, row.Entry.StartTime);
        Assert.Equal(Start, row.Entry.IAmAliveTime);
        var vote = Assert.Single(row.Entry.Suspicions);
        Assert.Equal(new SiloAddress("10.0.0.2", 2, 7), vote.Suspecter);
        Assert.Equal(Start.AddSeconds(3), vote.Time);
        Assert.False(string.IsNullOrEmpty(row.ETag));
    }

    [ConformanceFact]
    public async Task Insert_at_a_stale_version_fails_and_changes_nothing()
    {
        await Table.InitAsync();
        Assert.True(await Table.InsertRowAsync(Silo(1), 0));

        Assert.False(await Table.InsertRowAsync(Silo(2), 0));

        var snapshot = await Table.ReadAllAsync();
        Assert.Equal(1, snapshot.Version);
        Assert.Equal(1, Assert.Single(snapshot.Rows).Entry.Silo.Port);
    }

    [ConformanceFact]
    public async Task Inserting_an_existing_silo_fails_and_keeps_the_version()
    {
        await Table.InitAsync();
        Assert.True(await Table.InsertRowAsync(Silo(1), 0));

        Assert.False(await Table.InsertRowAsync(Silo(1, SiloStatus.Active), 1));

        var snapshot = await Table.ReadAllAsync();
        Assert.Equal(1, snapshot.Version);
        Assert.Equal(SiloStatus.Joining, Assert.Single(snapshot.Rows).Entry.Status);
    }

    [ConformanceFact]
    public async Task Update_with_current_etag_and_version_replaces_the_row()
    {
        await Table.InitAsync();
        await Table.InsertRowAsync(Silo(1), 0);
        var read = await Table.ReadAllAsync();
        var row = Assert.Single(read.Rows);
        var changed = row.Entry with
        {
            Status = SiloStatus.Active,
            IAmAliveTime = Start.AddMinutes(1),
            Suspicions = [new SuspicionVote(Silo(2).Silo, Start.AddMinutes(1))],
        };

        Assert.True(await Table.UpdateRowAsync(changed, row.ETag, read.Version));

        var after = await Table.ReadAllAsync();
        var updated = Assert.Single(after.Rows);
        Assert.Equal(read.Version + 1, after.Version);
        Assert.NotEqual(row.ETag, updated.ETag);
        Assert.Equal(SiloStatus.Active, updated.Entry.Status);
        Assert.Equal(Start.AddMinutes(1), updated.Entry.IAmAliveTime);
        Assert.Equal(Silo(2).Silo, Assert.Single(updated.Entry.Suspicions).Suspecter);
    }

    [ConformanceFact]
    public async Task Update_with_a_stale_etag_or_version_fails_and_changes_nothing()
    {
        await Table.InitAsync();
        await Table.InsertRowAsync(Silo(1), 0);
        await Table.InsertRowAsync(Silo(2), 1);
        var before = await Table.ReadAllAsync();
        var row = before.Rows.Single(r => r.Entry.Silo.Port == 1);
        var active = row.Entry with { Status = SiloStatus.Active };
        Assert.True(await Table.UpdateRowAsync(active, row.ETag, before.Version));
        var current = await Table.ReadAllAsync();
        var dead = row.Entry with { Status = SiloStatus.Dead };

        Assert.False(await Table.UpdateRowAsync(dead, row.ETag, current.Version));
        Assert.False(await Table.UpdateRowAsync(dead, current.Rows.Single(r => r.Entry.Silo.Port == 1).ETag, before.Version));
        Assert.False(await Table.UpdateRowAsync(Silo(3), "1", current.Version));

        var after = await Table.ReadAllAsync();
        Assert.Equal(current.Version, after.Version);
        Assert.Equal(SiloStatus.Active, after.Rows.Single(r => r.Entry.Silo.Port == 1).Entry.Status);
        Assert.Equal(2, after.Rows.Count);
    }

    [ConformanceFact]
    public async Task Of_racing_inserts_at_one_version_exactly_one_wins()
    {
        await Table.InitAsync();

        var outcomes = await Task.WhenAll(Enumerable.Range(1, 6).Select(i => Task.Run(() => Table.InsertRowAsync(Silo(i), 0))));

        Assert.Equal(1, outcomes.Count(o => o));
        var snapshot = await Table.ReadAllAsync();
        Assert.Equal(1, snapshot.Version);
        Assert.Single(snapshot.Rows);
    }

    [ConformanceFact]
    public async Task A_heartbeat_changes_neither_version_nor_etag()
    {
        await Table.InitAsync();
        await Table.InsertRowAsync(Silo(1), 0);
        var before = await Table.ReadAllAsync();

        await Table.UpdateIAmAliveAsync(Silo(1) with { IAmAliveTime = Start.AddSeconds(30), Status = SiloStatus.Dead });

        var after = await Table.ReadAllAsync();
        var row = Assert.Single(after.Rows);
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(before.Rows[0].ETag, row.ETag);
        Assert.Equal(Start.AddSeconds(30), row.Entry.IAmAliveTime);
        Assert.Equal(SiloStatus.Joining, row.Entry.Status);
    }

    [ConformanceFact]
    public async Task Cleanup_deletes_only_dead_silos_last_seen_before_the_cutoff()
    {
        await Table.InitAsync();
        await Table.InsertRowAsync(Silo(1, SiloStatus.Dead), 0);
        await Table.InsertRowAsync(Silo(2, SiloStatus.Dead) with { IAmAliveTime = Start.AddHours(2) }, 1);
        await Table.InsertRowAsync(Silo(3, SiloStatus.Active), 2);

        await Table.CleanupDefunctEntriesAsync(Start.AddHours(1));

        var ports = (await Table.ReadAllAsync()).Rows.Select(r => r.Entry.Silo.Port).Order();
        Assert.Equal([2, 3], ports);
    }
}
