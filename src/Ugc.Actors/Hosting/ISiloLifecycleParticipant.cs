namespace Ugc.Actors.Hosting;

/// <summary>
/// A silo service that starts once the silo is active and stops before its grains deactivate (stream agents,
/// reminders). Registered as a service; run in registration order, stopped in reverse.
/// </summary>
public interface ISiloLifecycleParticipant
{
    Task OnSiloStartedAsync(CancellationToken cancellationToken);

    Task OnSiloStoppingAsync(CancellationToken cancellationToken);
}
