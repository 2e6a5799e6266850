using Ugc.Actors.Reminders;

namespace Ugc.Actors.Sql.Tests.Runtime.Grains;

/// <summary>Logs each reminder tick with the id of the activation that received it.</summary>
public sealed class TickGrain : Grain, ITickGrain, IRemindable
{
    private readonly Guid _activation = Guid.NewGuid();

    public async Task StartAsync(TimeSpan period) => await this.RegisterOrUpdateReminder("tick", period, period);

    public async Task StopAsync()
    {
        if (await this.GetReminder("tick") is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    public Task<Guid> ActivationAsync() => Task.FromResult(_activation);

    public Task DeactivateAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        Deliveries.Log("tick:" + this.GetPrimaryKeyString(), _activation.ToString());
        return Task.CompletedTask;
    }
}
