namespace Ugc.Actors.Membership;

/// <summary>
/// The shared table of silos of one cluster. Every change also bumps the table's version, checked against the
/// version the writer read, so two silos that act on different views cannot both win.
/// </summary>
public interface IMembershipTable
{
    /// <summary>Creates the schema and the version row if missing; safe on every start.</summary>
    Task InitAsync(CancellationToken cancellationToken = default);

    /// <summary>Every row and the table version.</summary>
    Task<MembershipSnapshot> ReadAllAsync(CancellationToken cancellationToken = default);

    /// <summary>Inserts a row if the table is still at <paramref name="expectedVersion"/>; false otherwise.</summary>
    Task<bool> InsertRowAsync(MembershipEntry entry, long expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>Replaces a row if both its ETag and the table version still match; false otherwise.</summary>
    Task<bool> UpdateRowAsync(MembershipEntry entry, string eTag, long expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>Records a heartbeat; does not change the version (heartbeats are frequent and carry no decision).</summary>
    Task UpdateIAmAliveAsync(MembershipEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Deletes rows of dead silos older than <paramref name="before"/>.</summary>
    Task CleanupDefunctEntriesAsync(DateTimeOffset before, CancellationToken cancellationToken = default);
}
