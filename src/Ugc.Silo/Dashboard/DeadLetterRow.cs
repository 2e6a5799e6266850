namespace Ugc.Silo.Dashboard;

/// <summary>A dead letter as the Streams page lists it (without its payload bytes).</summary>
public sealed record DeadLetterRow(
    long Id,
    int QueueId,
    string Stream,
    string PayloadType,
    DateTimeOffset EnqueuedAt,
    DateTimeOffset FailedAt,
    int Attempts,
    string LastError);
