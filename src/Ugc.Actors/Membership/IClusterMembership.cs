using Ugc.Actors.Placement;

namespace Ugc.Actors.Membership;

/// <summary>
/// A silo's membership service: announces this silo's status and keeps the view of the others. In-memory for one
/// process; table-based (PostgreSQL) for real clusters.
/// </summary>
public interface IClusterMembership
{
    /// <summary>The latest view.</summary>
    MembershipView CurrentView { get; }

    /// <summary>Raised after the view changes, with the new view.</summary>
    event Action<MembershipView>? ViewChanged;

    /// <summary>Records this silo's status (Joining, Active, ShuttingDown, Dead).</summary>
    Task UpdateStatusAsync(SiloAddress silo, string siloName, SiloStatus status, CancellationToken cancellationToken);
}
