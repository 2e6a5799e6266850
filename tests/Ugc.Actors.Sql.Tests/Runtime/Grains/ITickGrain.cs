namespace Ugc.Actors.Sql.Tests.Runtime.Grains;

/// <summary>A grain with a durable reminder.</summary>
public interface ITickGrain : IGrainWithStringKey
{
    /// <summary>Registers the "tick" reminder.</summary>
    Task StartAsync(TimeSpan period);

    /// <summary>Unregisters it.</summary>
    Task StopAsync();

    /// <summary>An id of this activation.</summary>
    Task<Guid> ActivationAsync();

    /// <summary>Deactivates after this call.</summary>
    Task DeactivateAsync();
}
