using Ugc.Actors.Membership;

namespace Ugc.Actors.Placement;

/// <summary>
/// Places each grain on the active silo with the highest hash of (grain, silo): every silo with the same view
/// agrees without a directory, and a silo leaving or joining moves only the grains it wins or loses.
/// </summary>
public sealed class RendezvousPlacement(SiloAddress localSilo)
{
    private SiloAddress[] _active = [];

    /// <summary>Adopts a new membership view.</summary>
    public void Update(MembershipView view) => Volatile.Write(ref _active, view.ActiveSilos);

    /// <summary>The silos grains are placed on now.</summary>
    public IReadOnlyList<SiloAddress> ActiveSilos => Volatile.Read(ref _active);

    /// <summary>The silo that owns <paramref name="grainId"/>; this silo while no other is active.</summary>
    public SiloAddress GetOwner(GrainId grainId) => Pick(grainId.StableHash, Volatile.Read(ref _active)) ?? localSilo;

    /// <summary>The silo that owns an arbitrary named resource (a stream queue, say), by the same rule.</summary>
    public SiloAddress GetOwner(string resource) => Pick(StableHashing.Hash(resource), Volatile.Read(ref _active)) ?? localSilo;

    private static SiloAddress? Pick(ulong hash, SiloAddress[] silos)
    {
        switch (silos.Length)
        {
            case 0:
                return null;
            case 1:
                return silos[0];
        }

        SiloAddress? best = null;
        ulong bestScore = 0;
        foreach (var silo in silos)
        {
            var score = StableHashing.Mix(hash ^ silo.StableHash);
            if (best is null || score > bestScore)
            {
                best = silo;
                bestScore = score;
            }
        }

        return best;
    }
}
