namespace Ugc.Actors.Reminders;

/// <summary>Durable storage of reminders, shared by every silo of one service.</summary>
public interface IReminderTable
{
    /// <summary>Creates the schema if it is missing; safe to call on every start.</summary>
    Task InitAsync(CancellationToken cancellationToken = default);

    /// <summary>The reminders of one grain.</summary>
    Task<IReadOnlyList<ReminderEntry>> ReadRowsAsync(GrainId grainId, CancellationToken cancellationToken = default);

    /// <summary>Every reminder of the service; each silo keeps the ones whose grain it owns.</summary>
    Task<IReadOnlyList<ReminderEntry>> ReadAllRowsAsync(CancellationToken cancellationToken = default);

    /// <summary>One reminder, or null.</summary>
    Task<ReminderEntry?> ReadRowAsync(GrainId grainId, string reminderName, CancellationToken cancellationToken = default);

    /// <summary>Inserts or replaces a reminder and returns its new ETag.</summary>
    Task<string> UpsertRowAsync(ReminderEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Removes a reminder if its ETag matches; false when it was not there or had changed.</summary>
    Task<bool> RemoveRowAsync(GrainId grainId, string reminderName, string eTag, CancellationToken cancellationToken = default);
}
