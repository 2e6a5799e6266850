namespace Ugc.Contracts.Solicitation;

/// <summary>
/// The one reminder of a client's solicitations: on every tick it sets its due buckets dispatching, so a client has one
/// reminder however many orders it has, and one client's slow relay keeps only its own grains busy. Key: client id.
/// </summary>
[Alias("ugc.ISolicitationSchedulerGrain")]
public interface ISolicitationSchedulerGrain : IGrainWithStringKey
{
    /// <summary>A bucket has wake-ups from <paramref name="nextWake"/> on (registers the reminder when the first arrives).</summary>
    [Alias("Note")]
    Task NoteAsync(string bucket, DateTimeOffset nextWake);

    /// <summary>A bucket finished a round: its next wake-up, or null when it is empty.</summary>
    [Alias("Progress")]
    Task ProgressAsync(string bucket, DateTimeOffset? nextWake);

    /// <summary>Runs one tick now (as the reminder does), for operators.</summary>
    [Alias("Tick")]
    Task TickAsync();

    /// <summary>The active buckets.</summary>
    [ReadOnly]
    [Alias("Get")]
    Task<SchedulerView> GetAsync();
}
