using System.Globalization;

namespace Ugc.Actors.Reminders;

/// <summary>Reminders held in process memory, for tests and single-silo development; same semantics as the SQL table.</summary>
public sealed class MemoryReminderTable : IReminderTable
{
    private readonly Lock _lock = new();
    private readonly Dictionary<(GrainId GrainId, string Name), ReminderEntry> _rows = [];

    // Versions come from one counter, so a removed-then-recreated reminder never gets an ETag handed out before.
    private long _lastVersion;

    public Task InitAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<IReadOnlyList<ReminderEntry>> ReadRowsAsync(GrainId grainId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<ReminderEntry>>(_rows.Values.Where(r => r.GrainId == grainId).ToList());
        }
    }

    public Task<IReadOnlyList<ReminderEntry>> ReadAllRowsAsync(CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<ReminderEntry>>(_rows.Values.ToList());
        }
    }

    public Task<ReminderEntry?> ReadRowAsync(GrainId grainId, string reminderName, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_rows.GetValueOrDefault((grainId, reminderName)));
        }
    }

    public Task<string> UpsertRowAsync(ReminderEntry entry, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var etag = (++_lastVersion).ToString(CultureInfo.InvariantCulture);
            _rows[(entry.GrainId, entry.ReminderName)] = entry with { ETag = etag };
            return Task.FromResult(etag);
        }
    }

    public Task<bool> RemoveRowAsync(GrainId grainId, string reminderName, string eTag, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var key = (grainId, reminderName);
            var removed = _rows.TryGetValue(key, out var row) && row.ETag == eTag && _rows.Remove(key);
            return Task.FromResult(removed);
        }
    }
}
