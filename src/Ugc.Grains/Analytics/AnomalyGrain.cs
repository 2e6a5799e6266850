using Ugc.Contracts.Analytics;
using Ugc.Grains.Anomaly;

namespace Ugc.Grains.Analytics;

/// <summary>
/// Counts one signal's events per UTC hour and feeds each hour to an <see cref="AnomalyModel"/> once a later
/// hour arrives or a flush passes it; hours without events are fed as zeros, so a signal that dies is noticed.
/// </summary>
public sealed class AnomalyGrain(
    [PersistentState("anomaly")] IPersistentState<AnomalyGrainState> state,
    [PersistentState("anomaly-history")] IPersistentState<AnomalyHistoryState> history) : Grain, IAnomalyGrain
{
    /// <summary>Closed hours kept for <see cref="GetSeriesAsync"/>: two weeks.</summary>
    public const int MaxPoints = 14 * 24;

    /// <summary>Alerts kept; the oldest go first.</summary>
    public const int MaxAlerts = 1000;

    private static readonly TimeSpan OneHour = TimeSpan.FromHours(1);

    private AnomalyModel? _model;

    private string Signal
    {
        get
        {
            var key = this.GetPrimaryKeyString();
            return key[(key.LastIndexOf('/') + 1)..];
        }
    }

    private AnomalyModel Model => _model ??= state.State.Model is { } saved ? AnomalyModel.FromState(saved) : new AnomalyModel();

    public async Task RecordAsync(DateTimeOffset time, long count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var hour = HourOf(time);
        if (Model.LastHour is { } last && hour <= last)
        {
            // The hour was judged already; a late count cannot change that, and counting it elsewhere would be wrong.
            return;
        }

        if (state.State.OpenHour is { } open && hour > open)
        {
            await CloseThroughAsync(hour - OneHour);
        }

        if (state.State.OpenHour is null)
        {
            state.State.OpenHour = hour;
            state.State.OpenCount = 0;
        }
        else if (hour < state.State.OpenHour)
        {
            // Older than the open hour but after the last closed one: closing order would break, so it is dropped.
            return;
        }

        state.State.OpenCount += count;
        await state.WriteStateAsync();
    }

    public async Task FlushAsync(DateTimeOffset now)
    {
        if (await CloseThroughAsync(HourOf(now) - OneHour))
        {
            await state.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<AnomalyAlert>> GetAlertsAsync(DateTimeOffset since) =>
        Task.FromResult<IReadOnlyList<AnomalyAlert>>([.. history.State.Alerts.Where(a => a.Hour >= since)]);

    public Task<IReadOnlyList<SignalPoint>> GetSeriesAsync(int hours) =>
        Task.FromResult<IReadOnlyList<SignalPoint>>([.. history.State.Points.TakeLast(Math.Max(0, hours))]);

    /// <summary>Feeds the model every hour up to <paramref name="last"/>: the open hour's count, zeros for gaps.</summary>
    private async Task<bool> CloseThroughAsync(DateTimeOffset last)
    {
        var open = state.State.OpenHour;
        var first = Model.LastHour is { } previous ? previous + OneHour : open;
        if (first is not { } hour || hour > last)
        {
            return false;
        }

        // After a long silence, more zeros than the kept history would teach the model nothing more.
        var start = hour > last - (OneHour * MaxPoints) ? hour : last - (OneHour * MaxPoints);
        if (open is { } o && o < start)
        {
            Observe(Model.Observe(o, state.State.OpenCount));
        }

        for (hour = start; hour <= last; hour += OneHour)
        {
            Observe(Model.Observe(hour, hour == open ? state.State.OpenCount : 0));
        }

        if (open <= last)
        {
            state.State.OpenHour = null;
            state.State.OpenCount = 0;
        }

        state.State.Model = Model.ToState();
        await history.WriteStateAsync();
        return true;
    }

    private void Observe(AnomalyObservation o)
    {
        Append(history.State.Points, new SignalPoint(o.Hour, o.Observed, o.Expected, o.Low, o.High), MaxPoints);
        if (o.Kind != AnomalyKind.None)
        {
            var kind = o.Kind == AnomalyKind.Spike ? "spike" : "drop";
            Append(history.State.Alerts, new AnomalyAlert(Signal, o.Hour, o.Observed, o.Expected, o.Low, o.High, kind), MaxAlerts);
        }
    }

    private static void Append<T>(List<T> list, T item, int max)
    {
        list.Add(item);
        if (list.Count > max)
        {
            list.RemoveRange(0, list.Count - max);
        }
    }

    private static DateTimeOffset HourOf(DateTimeOffset time)
    {
        var utc = time.ToUniversalTime();
        return new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, 0, 0, TimeSpan.Zero);
    }
}
