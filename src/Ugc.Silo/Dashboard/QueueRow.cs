namespace Ugc.Silo.Dashboard;

/// <summary>A queue's backlog read from storage (every queue, wherever its agent runs), with this silo's agent figures.</summary>
public sealed record QueueRow(int QueueId, long Depth, double OldestAgeMs, QueueSample? Agent);
