namespace Ugc.Actors.Reminders;

/// <summary>A grain that takes durable reminders; a reminder's tick activates the grain if it is not active.</summary>
public interface IRemindable : IGrain
{
    /// <summary>One tick of the named reminder.</summary>
    Task ReceiveReminder(string reminderName, TickStatus status);
}

/// <summary>When a reminder started, how often it ticks, and when this tick was due.</summary>
public readonly record struct TickStatus(DateTimeOffset FirstTickTime, TimeSpan Period, DateTimeOffset CurrentTickTime);

/// <summary>A registered reminder.</summary>
public interface IGrainReminder
{
    string ReminderName { get; }

    DateTimeOffset StartAt { get; }

    TimeSpan Period { get; }
}

internal sealed record GrainReminder(string ReminderName, DateTimeOffset StartAt, TimeSpan Period) : IGrainReminder;
