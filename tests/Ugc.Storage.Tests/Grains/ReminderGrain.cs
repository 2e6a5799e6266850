namespace Ugc.Storage.Tests.Grains;

public sealed class ReminderGrain : Grain, IReminderGrain, IRemindable
{
    public async Task StartAsync(TimeSpan period) => await this.RegisterOrUpdateReminder("tick", period, period);

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        Deliveries.Record(this.GetPrimaryKeyString(), 1);
        return Task.CompletedTask;
    }
}
