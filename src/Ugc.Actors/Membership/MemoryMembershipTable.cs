using System.Globalization;
using Ugc.Actors.Placement;

namespace Ugc.Actors.Membership;

/// <summary>
/// A membership table in process memory, shared by the silos of an in-process test cluster; the same version and
/// ETag checks as the SQL table.
/// </summary>
public sealed class MemoryMembershipTable : IMembershipTable
{
    private readonly Lock _lock = new();
    private readonly Dictionary<SiloAddress, (MembershipEntry Entry, long ETag)> _rows = [];
    private long _version;

    public Task InitAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<MembershipSnapshot> ReadAllAsync(CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var rows = _rows.Values.Select(r => new MembershipRow(r.Entry, r.ETag.ToString(CultureInfo.InvariantCulture))).ToList();
            return Task.FromResult(new MembershipSnapshot(rows, _version));
        }
    }

    public Task<bool> InsertRowAsync(MembershipEntry entry, long expectedVersion, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (_version != expectedVersion || _rows.ContainsKey(entry.Silo))
            {
                return Task.FromResult(false);
            }

            _rows[entry.Silo] = (entry, 1);
            _version++;
            return Task.FromResult(true);
        }
    }

    public Task<bool> UpdateRowAsync(MembershipEntry entry, string eTag, long expectedVersion, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (_version != expectedVersion || !_rows.TryGetValue(entry.Silo, out var row)
                || row.ETag.ToString(CultureInfo.InvariantCulture) != eTag)
            {
                return Task.FromResult(false);
            }

            _rows[entry.Silo] = (entry, row.ETag + 1);
            _version++;
            return Task.FromResult(true);
        }
    }

    public Task UpdateIAmAliveAsync(MembershipEntry entry, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (_rows.TryGetValue(entry.Silo, out var row))
            {
                _rows[entry.Silo] = (row.Entry with { IAmAliveTime = entry.IAmAliveTime }, row.ETag);
            }

            return Task.CompletedTask;
        }
    }

    public Task CleanupDefunctEntriesAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            foreach (var silo in _rows.Where(r => r.Value.Entry.Status == SiloStatus.Dead && r.Value.Entry.IAmAliveTime < before)
                         .Select(r => r.Key).ToList())
            {
                _rows.Remove(silo);
            }

            return Task.CompletedTask;
        }
    }
}
