namespace Ugc.Grains;

/// <summary>How long idle activations of our grains stay in memory, where Orleans' default (15 minutes) does not fit.</summary>
public static class GrainLifetimes
{
    /// <summary>
    /// Grains a submission creates and then hardly touches again (its content, its shopper, the nickname it claimed,
    /// an anonymous author, the velocity counters of its e-mail and device): a new shopper's submission adds one of
    /// each, ~15 KB together, so at Orleans' default a silo taking 500 submissions/s would hold over a million of them
    /// (~7 GB). Their state is stored (written-behind state at deactivation), so an idle one can go after two minutes
    /// and be activated again from storage when a vote, report or decision needs it; velocity counters, kept in
    /// memory only, keep their activation alive for as long as their windows hold counts.
    /// </summary>
    public const double SubmissionGrainMinutes = 2;
}
