namespace Ugc.Storage.Tests.Grains;

/// <summary>A grain that records each tick of its reminder under its key.</summary>
[Alias("ugc.tests.reminder")]
public interface IReminderGrain : IGrainWithStringKey
{
    /// <summary>Registers (or updates) the reminder "tick" with the given period.</summary>
    [Alias("start")]
    Task StartAsync(TimeSpan period);
}
