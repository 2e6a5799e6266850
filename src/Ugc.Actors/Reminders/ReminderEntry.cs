namespace Ugc.Actors.Reminders;

/// <summary>One durable reminder: which grain, its name, when it first fires and how often after that.</summary>
public sealed record ReminderEntry(GrainId GrainId, string ReminderName, DateTimeOffset StartAt, TimeSpan Period)
{
    /// <summary>The version token of the stored row; null before the first write.</summary>
    public string? ETag { get; init; }
}
