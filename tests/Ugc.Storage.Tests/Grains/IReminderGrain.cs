namespace Ugc.Storage.Tests.Grains;

/// <summary>A grain that records each tick of its reminder under its key.</summary>
[Alias("ugc.tests.reminder")]
public interface IReminderGrain : IGrainWithStringKey
{
    /// <summary>Registers (or updates) the reminder "tick" with the given period.</summary>
    [Alias("start")]
    Task StartAsync(TimeSpan period);

    /// <summary>Unregisters the reminder "tick".</summary>
    [Alias("stop")]
    Task StopAsync();

    /// <summary>Whether the reminder service has a reminder "tick" for this grain (read from the reminder table).</summary>
    [Alias("registered")]
    Task<bool> IsRegisteredAsync();
}
