using Ugc.Actors.Reminders;
using Ugc.Actors.Sql.Tests.Infrastructure;

namespace Ugc.Actors.Sql.Tests.Reminders;

/// <summary>What every <see cref="IReminderTable"/> must do; one subclass per provider.</summary>
public abstract class ReminderTableConformance
{
    private static readonly DateTimeOffset Start = new(2025, 5, 1, 8, 30, 15, 123, TimeSpan.Zero);

    private readonly GrainId _grain = new("reminded", "key/" + Guid.NewGuid().ToString("N"));

    /// <summary>A table of its own (a fresh service), already initialized.</summary>
    protected abstract Task<IReminderTable> CreateTableAsync();

    [ConformanceFact]
    public async Task Upserted_reminder_reads_back_with_its_etag()
    {
        var table = await CreateTableAsync();
        var etag = await table.UpsertRowAsync(new ReminderEntry(_grain, "daily", Start, TimeSpan.FromHours(24)));

        var row = await table.ReadRowAsync(_grain, "daily");

        Assert.NotNull(row);
        Assert.Equal(_grain, row.GrainId);
        Assert.Equal("daily", row.ReminderName);
        Assert.Equal(Start, row.StartAt);
        Assert.Equal(TimeSpan.FromHours(24), row.Period);
        Assert.Equal(etag, row.ETag);
    }

    [ConformanceFact]
    public async Task Upserting_again_replaces_the_reminder_and_changes_the_etag()
    {
        var table = await CreateTableAsync();
        var first = await table.UpsertRowAsync(new ReminderEntry(_grain, "r", Start, TimeSpan.FromMinutes(1)));

        var second = await table.UpsertRowAsync(new ReminderEntry(_grain, "r", Start.AddDays(1), TimeSpan.FromMinutes(5)));

        Assert.NotEqual(first, second);
        var row = await table.ReadRowAsync(_grain, "r");
        Assert.Equal(Start.AddDays(1), row!.StartAt);
        Assert.Equal(TimeSpan.FromMinutes(5), row.Period);
        Assert.Single(await table.ReadRowsAsync(_grain));
    }

    [ConformanceFact]
    public async Task Rows_are_read_per_grain_and_for_the_whole_service()
    {
        var table = await CreateTableAsync();
        var other = new GrainId("reminded", "other-" + Guid.NewGuid().ToString("N"));
        await table.UpsertRowAsync(new ReminderEntry(_grain, "a", Start, TimeSpan.FromSeconds(10)));
        await table.UpsertRowAsync(new ReminderEntry(_grain, "b", Start, TimeSpan.FromSeconds(20)));
        await table.UpsertRowAsync(new ReminderEntry(other, "a", Start, TimeSpan.FromSeconds(30)));

        var mine = await table.ReadRowsAsync(_grain);
        var all = await table.ReadAllRowsAsync();

        Assert.Equal(["a", "b"], mine.Select(r => r.ReminderName).Order());
        Assert.Equal(3, all.Count);
        Assert.Contains(all, r => r.GrainId == other && r.Period == TimeSpan.FromSeconds(30));
        Assert.Null(await table.ReadRowAsync(_grain, "missing"));
    }

    [ConformanceFact]
    public async Task Remove_with_the_current_etag_removes()
    {
        var table = await CreateTableAsync();
        var etag = await table.UpsertRowAsync(new ReminderEntry(_grain, "r", Start, TimeSpan.FromMinutes(1)));

        Assert.True(await table.RemoveRowAsync(_grain, "r", etag));

        Assert.Null(await table.ReadRowAsync(_grain, "r"));
        Assert.False(await table.RemoveRowAsync(_grain, "r", etag));
    }

    [ConformanceFact]
    public async Task Remove_with_a_stale_etag_fails_and_keeps_the_reminder()
    {
        var table = await CreateTableAsync();
        var stale = await table.UpsertRowAsync(new ReminderEntry(_grain, "r", Start, TimeSpan.FromMinutes(1)));
        var current = await table.UpsertRowAsync(new ReminderEntry(_grain, "r", Start, TimeSpan.FromMinutes(2)));

        Assert.False(await table.RemoveRowAsync(_grain, "r", stale));
        Assert.False(await table.RemoveRowAsync(_grain, "r", "garbage"));

        Assert.Equal(current, (await table.ReadRowAsync(_grain, "r"))!.ETag);
    }

    [ConformanceFact]
    public async Task An_etag_of_a_removed_reminder_does_not_remove_its_successor()
    {
        var table = await CreateTableAsync();
        var old = await table.UpsertRowAsync(new ReminderEntry(_grain, "r", Start, TimeSpan.FromMinutes(1)));
        Assert.True(await table.RemoveRowAsync(_grain, "r", old));
        await table.UpsertRowAsync(new ReminderEntry(_grain, "r", Start, TimeSpan.FromMinutes(3)));

        Assert.False(await table.RemoveRowAsync(_grain, "r", old));

        Assert.NotNull(await table.ReadRowAsync(_grain, "r"));
    }
}
