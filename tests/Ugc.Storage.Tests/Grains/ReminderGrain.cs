namespace Ugc.Storage.Tests.Grains;

public sealed class ReminderGrain : Grain, IReminderGrain, IRemindable
{
    public async Task StartAsync(TimeSpan period) => await this.RegisterOrUpdateReminder("tick", period, period);

    public async Task StopAsync()
    {
        var reminder = await this.GetReminder("tick") ?? throw new InvalidOperationException("No reminder \"tick\" to stop.");
        await this.UnregisterReminder(reminder);
    }

    public async Task<bool> IsRegisteredAsync() => await this.GetReminder("tick") is not null;

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        Deliveries.Record(this.GetPrimaryKeyString(), 1);
        return Task.CompletedTask;
    }
}
