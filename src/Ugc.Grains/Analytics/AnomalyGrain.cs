using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Ugc.Contracts.Analytics;
using Ugc.Grains.Anomaly;
using Ugc.Grains.Options;

namespace Ugc.Grains.Analytics;

/// <summary>
/// One signal of one client (<see cref="HourlySignal"/>): counts events per UTC hour and judges the hours the domain
/// clock has closed. Hours close on a record, and as time passes without events on a timer of the domain clock (at
/// each hour's end while active) and an hourly reminder (which wakes the grain when it is not). Reads only return what
/// was judged.
/// </summary>
public sealed partial class AnomalyGrain(
    [PersistentState("anomaly")] IPersistentState<AnomalyGrainState> state,
    [PersistentState("anomaly-history")] IPersistentState<AnomalyHistoryState> history,
    [FromKeyedServices(DomainClock.Key)] TimeProvider time,
    IOptions<AnomalyOptions> options,
    ILogger<AnomalyGrain> logger) : Grain, IAnomalyGrain, IRemindable
{
    /// <summary>The reminder that closes hours of an inactive grain.</summary>
    public const string ReminderName = "close-elapsed-hours";

    private static readonly TimeSpan OneHour = TimeSpan.FromHours(1);

    private HourlySignal? _signal;
    private ITimer? _clockTimer;
    private bool _reminderChecked;

    private HourlySignal Signal => _signal ??= new HourlySignal(SignalName, options.Value.Lateness, state.State, history.State);

    private string SignalName
    {
        get
        {
            var key = this.GetPrimaryKeyString();
            return key[(key.LastIndexOf('/') + 1)..];
        }
    }

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (Signal.HasData)
        {
            StartClockTimer();
        }

        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        _clockTimer?.Dispose();
        return Task.CompletedTask;
    }

    public async Task RecordAsync(DateTimeOffset time, long count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var first = !Signal.HasData;
        if (!Signal.Record(time, count))
        {
            LogLateEvents(logger, this.GetPrimaryKeyString(), count, time, Signal.SettledThrough);
        }

        await JudgeAsync(forceWrite: true);
        if (first)
        {
            StartClockTimer();
        }

        await EnsureReminderAsync();
    }

    public Task CloseElapsedHoursAsync() => Signal.HasData ? JudgeAsync(forceWrite: false) : Task.CompletedTask;

    public Task ReceiveReminder(string reminderName, TickStatus status) => CloseElapsedHoursAsync();

    public Task<IReadOnlyList<AnomalyAlert>> GetAlertsAsync(DateTimeOffset since) =>
        Task.FromResult<IReadOnlyList<AnomalyAlert>>([.. Signal.Alerts.Where(a => a.Hour >= since)]);

    public Task<IReadOnlyList<SignalPoint>> GetSeriesAsync(int hours) =>
        Task.FromResult<IReadOnlyList<SignalPoint>>([.. Signal.Points.TakeLast(Math.Max(0, hours))]);

    private async Task JudgeAsync(bool forceWrite)
    {
        var before = Signal.ClosedThrough;
        var settled = Signal.Advance(HourlySignal.HourOf(time.GetUtcNow()) - OneHour);
        if (forceWrite || settled || Signal.ClosedThrough != before)
        {
            await state.WriteStateAsync();
        }

        if (settled)
        {
            await history.WriteStateAsync();
        }
    }

    /// <summary>Fires at the end of each hour of the domain clock (a test's fake clock drives it) and closes the hour.</summary>
    private void StartClockTimer()
    {
        if (_clockTimer is not null)
        {
            return;
        }

        var now = time.GetUtcNow();
        var self = this.AsReference<IAnomalyGrain>();
        var key = this.GetPrimaryKeyString();
        _clockTimer = time.CreateTimer(_ => self.CloseElapsedHoursAsync().ContinueWith(
                t => LogCloseFailed(logger, key, t.Exception!), CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default),
            null, HourlySignal.HourOf(now) + OneHour - now, OneHour);
    }

    private async Task EnsureReminderAsync()
    {
        if (_reminderChecked)
        {
            return;
        }

        if (await this.GetReminder(ReminderName) is null)
        {
            // Reminders run on the runtime's clock: due a minute after the next hour ends, then hourly.
            var now = time.GetUtcNow();
            await this.RegisterOrUpdateReminder(ReminderName, HourlySignal.HourOf(now) + OneHour - now + TimeSpan.FromMinutes(1), OneHour);
        }

        _reminderChecked = true;
    }

    [LoggerMessage(EventId = 2201, Level = LogLevel.Debug, Message = "Signal {Signal}: {Count} events at {Time} came after their hour settled (settled through {Settled}) and were not counted")]
    private static partial void LogLateEvents(ILogger logger, string signal, long count, DateTimeOffset time, DateTimeOffset? settled);

    [LoggerMessage(EventId = 2202, Level = LogLevel.Warning, Message = "Signal {Signal}: closing elapsed hours on the clock failed")]
    private static partial void LogCloseFailed(ILogger logger, string signal, Exception exception);
}
