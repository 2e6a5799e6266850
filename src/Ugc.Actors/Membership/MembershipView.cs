using Ugc.Actors.Placement;

namespace Ugc.Actors.Membership;

/// <summary>A silo's view of the cluster at one version: every known silo's status, and the active ones in a fixed order.</summary>
public sealed class MembershipView
{
    public MembershipView(long version, IReadOnlyDictionary<SiloAddress, SiloStatus> statuses)
    {
        Version = version;
        Statuses = statuses;
        ActiveSilos = [.. statuses.Where(s => s.Value == SiloStatus.Active).Select(s => s.Key).OrderBy(s => s.ToString(), StringComparer.Ordinal)];
    }

    public static MembershipView Empty { get; } = new(0, new Dictionary<SiloAddress, SiloStatus>());

    public long Version { get; }

    public IReadOnlyDictionary<SiloAddress, SiloStatus> Statuses { get; }

    public SiloAddress[] ActiveSilos { get; }

    public SiloStatus GetStatus(SiloAddress silo) => Statuses.TryGetValue(silo, out var status) ? status : SiloStatus.None;
}
