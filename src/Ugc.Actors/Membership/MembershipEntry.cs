using Ugc.Actors.Placement;

namespace Ugc.Actors.Membership;

/// <summary>One silo's row in the membership table.</summary>
public sealed record MembershipEntry(SiloAddress Silo, string SiloName, SiloStatus Status, DateTimeOffset StartTime, DateTimeOffset IAmAliveTime)
{
    /// <summary>Silos that suspect this one is dead, with when they said so.</summary>
    public IReadOnlyList<SuspicionVote> Suspicions { get; init; } = [];
}

/// <summary>A silo's vote that another silo is dead.</summary>
public sealed record SuspicionVote(SiloAddress Suspecter, DateTimeOffset Time);

/// <summary>A membership row with its version token.</summary>
public sealed record MembershipRow(MembershipEntry Entry, string ETag);

/// <summary>The whole table at one version. The version row makes concurrent changes optimistic.</summary>
public sealed record MembershipSnapshot(IReadOnlyList<MembershipRow> Rows, long Version);
