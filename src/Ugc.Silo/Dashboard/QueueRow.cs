namespace Ugc.Silo.Dashboard;

/// <summary>A queue of the pipeline provider as storage holds it (every queue, wherever its pulling agent runs).</summary>
public sealed record QueueRow(string QueueId, long Waiting, long InFlight, double OldestAgeMs, long DeadLetters);
