namespace Ugc.Actors.Tests.Grains;

/// <summary>Grains that call each other back, to form call cycles.</summary>
public interface IPingGrain : IGrainWithStringKey
{
    Task<string> PingViaAsync(IPingGrain other);

    Task<string> PingBackAsync(IPingGrain caller);

    Task<string> PongAsync();
}

public sealed class PingGrain : Grain, IPingGrain
{
    public Task<string> PingViaAsync(IPingGrain other) => other.PingBackAsync(this);

    public Task<string> PingBackAsync(IPingGrain caller) => caller.PongAsync();

    public Task<string> PongAsync() => Task.FromResult("pong from " + this.GetPrimaryKeyString());
}
