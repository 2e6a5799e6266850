using Ugc.Actors.Reminders;

namespace Ugc.Actors.Tests.Grains;

public interface ISlowReminderGrain : IGrainWithStringKey
{
    /// <summary>Registers a reminder whose every tick takes <paramref name="tickDuration"/> to handle.</summary>
    Task StartAsync(TimeSpan period, TimeSpan tickDuration);

    Task StopAsync();
}

/// <summary>A reminder handler slower than the reminder's period, as a tick that reactivates a grain with a lot of state can be.</summary>
public sealed class SlowReminderGrain : Grain, ISlowReminderGrain, IRemindable
{
    private TimeSpan _tickDuration;

    public async Task StartAsync(TimeSpan period, TimeSpan tickDuration)
    {
        _tickDuration = tickDuration;
        await this.RegisterOrUpdateReminder("slow", period, period);
    }

    public async Task StopAsync()
    {
        if (await this.GetReminder("slow") is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        Gates.Log("slow-reminder:" + this.GetPrimaryKeyString(), status.CurrentTickTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        await Task.Delay(_tickDuration);
    }
}
