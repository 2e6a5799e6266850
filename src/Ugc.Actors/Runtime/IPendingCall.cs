using Ugc.Actors.Placement;

namespace Ugc.Actors.Runtime;

/// <summary>A call awaiting its response, tracked for timeouts and for failing fast when its silo goes away.</summary>
internal interface IPendingCall
{
    long Id { get; set; }

    /// <summary>Deadline in UTC ticks.</summary>
    long Deadline { get; }

    /// <summary>The silo the call went to; null for a local call.</summary>
    SiloAddress? TargetSilo { get; }

    string Description { get; }

    bool TryFail(Exception exception);
}
