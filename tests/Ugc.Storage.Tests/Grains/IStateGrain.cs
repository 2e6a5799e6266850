namespace Ugc.Storage.Tests.Grains;

/// <summary>A grain holding one persisted record in storage <c>Default</c>.</summary>
[Alias("ugc.tests.state")]
public interface IStateGrain : IGrainWithStringKey
{
    /// <summary>Writes the value; returns once the write is stored.</summary>
    [Alias("set")]
    Task SetAsync(string value);

    /// <summary>The value as held (loaded from storage at activation).</summary>
    [Alias("get")]
    Task<StateRecord> GetAsync();
}
