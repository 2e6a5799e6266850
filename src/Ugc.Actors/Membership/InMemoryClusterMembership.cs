using Ugc.Actors.Placement;

namespace Ugc.Actors.Membership;

/// <summary>
/// Membership shared by the silos of one process (a single-silo host or a TestCluster): every status change is a
/// new view, seen by every silo at once. Dead silos stay in the view so their calls fail fast.
/// </summary>
public sealed class InMemoryClusterMembership : IClusterMembership
{
    private readonly Lock _lock = new();
    private MembershipView _view = MembershipView.Empty;

    public MembershipView CurrentView => Volatile.Read(ref _view);

    public event Action<MembershipView>? ViewChanged;

    public Task UpdateStatusAsync(SiloAddress silo, string siloName, SiloStatus status, CancellationToken cancellationToken)
    {
        MembershipView next;
        lock (_lock)
        {
            var statuses = new Dictionary<SiloAddress, SiloStatus>(_view.Statuses) { [silo] = status };
            next = new MembershipView(_view.Version + 1, statuses);
            Volatile.Write(ref _view, next);
        }

        ViewChanged?.Invoke(next);
        return Task.CompletedTask;
    }
}
