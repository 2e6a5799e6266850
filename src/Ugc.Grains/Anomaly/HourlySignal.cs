using Ugc.Contracts.Analytics;
using Ugc.Grains.Analytics;

namespace Ugc.Grains.Anomaly;

/// <summary>
/// One signal's hourly counts judged by an <see cref="AnomalyModel"/> in time order, whatever order the counts arrive
/// in. An hour is judged once it is closed (the clock has passed its end) and judged again whenever a late count for
/// it arrives, until it settles: hours more than the lateness older than the newest count seen are final, fed to the
/// settled model and never change again. The judgement of the hours after the settled model is recomputed from it, so
/// the alerts depend only on the counts and the closed hours, never on when anyone looked.
/// </summary>
public sealed class HourlySignal
{
    /// <summary>Hours of points kept: two weeks.</summary>
    public const int MaxPoints = 14 * 24;

    /// <summary>Alerts kept; the oldest go first.</summary>
    public const int MaxAlerts = 1000;

    /// <summary>
    /// Consecutive empty hours fed to the model. A signal silent for longer teaches the model nothing more, and its
    /// further empty hours are skipped; the rule depends on the counts alone, so it cannot make the result order-dependent.
    /// </summary>
    public const int MaxEmptyRun = MaxPoints;

    private static readonly TimeSpan OneHour = TimeSpan.FromHours(1);

    private readonly string _signal;
    private readonly TimeSpan _lateness;
    private readonly AnomalyGrainState _state;
    private readonly AnomalyHistoryState _history;
    private readonly List<SignalPoint> _provisionalPoints = [];
    private readonly List<AnomalyAlert> _provisionalAlerts = [];
    private AnomalyModel _settled;

    /// <summary>Wraps persisted state (mutated in place) and computes the judgement of the unsettled hours.</summary>
    public HourlySignal(string signal, TimeSpan lateness, AnomalyGrainState state, AnomalyHistoryState history)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lateness, TimeSpan.Zero);
        _signal = signal;
        _lateness = lateness;
        _state = state;
        _history = history;
        _settled = state.Model is { } saved ? AnomalyModel.FromState(saved) : new AnomalyModel();
        JudgeUnsettled();
    }

    /// <summary>Whether any count was ever recorded.</summary>
    public bool HasData => _state.Watermark is not null;

    /// <summary>The last hour judged: every hour up to it has ended.</summary>
    public DateTimeOffset? ClosedThrough => _state.ClosedThrough;

    /// <summary>The last final hour, if any.</summary>
    public DateTimeOffset? SettledThrough => _settled.LastHour;

    /// <summary>Settled and provisional points, oldest first, at most <see cref="MaxPoints"/>.</summary>
    public IEnumerable<SignalPoint> Points => _history.Points.Concat(_provisionalPoints).TakeLast(MaxPoints);

    /// <summary>Settled and provisional alerts, oldest first, at most <see cref="MaxAlerts"/>.</summary>
    public IEnumerable<AnomalyAlert> Alerts => _history.Alerts.Concat(_provisionalAlerts).TakeLast(MaxAlerts);

    /// <summary>The start of the UTC hour containing <paramref name="time"/>.</summary>
    public static DateTimeOffset HourOf(DateTimeOffset time)
    {
        var utc = time.ToUniversalTime();
        return new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, 0, 0, TimeSpan.Zero);
    }

    /// <summary>
    /// Counts events in their hour. False (and not counted) when the hour has settled already: it arrived more than the
    /// lateness after a newer count.
    /// </summary>
    public bool Record(DateTimeOffset time, double count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var hour = HourOf(time);
        if (_settled.LastHour is { } settled && hour <= settled)
        {
            _state.LateDropped += count;
            return false;
        }

        _state.Pending[hour] = _state.Pending.GetValueOrDefault(hour) + count;
        _state.Watermark = _state.Watermark is { } w && w > hour ? w : hour;
        return true;
    }

    /// <summary>
    /// Judges every hour up to <paramref name="closedThrough"/> (the last hour that has ended; earlier values are
    /// ignored, the closed frontier never moves back), settles what is final, and recomputes the rest.
    /// True when hours settled, so the history changed.
    /// </summary>
    public bool Advance(DateTimeOffset closedThrough)
    {
        var closed = HourOf(closedThrough);
        if (_state.ClosedThrough is not { } previous || closed > previous)
        {
            _state.ClosedThrough = closed;
        }

        var settled = Settle();
        JudgeUnsettled();
        return settled;
    }

    private bool Settle()
    {
        if (_state.Watermark is not { } watermark || _state.ClosedThrough is not { } closed || Start() is not { } start)
        {
            return false;
        }

        var final = watermark - _lateness - OneHour;
        var through = HourOf(final < closed ? final : closed);
        if (through < start)
        {
            return false;
        }

        var run = _state.EmptyRun;
        Feed(_settled, start, through, ref run, _history.Points, _history.Alerts);
        foreach (var hour in _state.Pending.Keys.Where(h => h <= through).ToList())
        {
            _state.Pending.Remove(hour);
        }

        _state.EmptyRun = run;
        _state.Model = _settled.ToState();
        Trim(_history.Points, MaxPoints);
        Trim(_history.Alerts, MaxAlerts);
        return true;
    }

    private void JudgeUnsettled()
    {
        _provisionalPoints.Clear();
        _provisionalAlerts.Clear();
        if (_state.ClosedThrough is { } closed && Start() is { } start && start <= closed)
        {
            var model = AnomalyModel.FromState(_settled.ToState(), _settled.Options);
            var run = _state.EmptyRun;
            Feed(model, start, closed, ref run, _provisionalPoints, _provisionalAlerts);
        }
    }

    /// <summary>The first hour not settled: after the settled model, or the earliest count when nothing settled yet.</summary>
    private DateTimeOffset? Start() =>
        _settled.LastHour is { } last ? last + OneHour
        : _state.Pending.Count > 0 ? _state.Pending.Keys.Min()
        : null;

    private void Feed(AnomalyModel model, DateTimeOffset from, DateTimeOffset through, ref int emptyRun, List<SignalPoint> points, List<AnomalyAlert> alerts)
    {
        for (var hour = from; hour <= through; hour += OneHour)
        {
            var count = _state.Pending.GetValueOrDefault(hour);
            if (count == 0 && emptyRun >= MaxEmptyRun)
            {
                // Skip the rest of a long silence: on to the next counted hour, if it is in range.
                var next = _state.Pending.Keys.Where(h => h > hour && _state.Pending[h] > 0).DefaultIfEmpty(through + OneHour).Min();
                hour = next - OneHour;
                continue;
            }

            emptyRun = count == 0 ? emptyRun + 1 : 0;
            var o = model.Observe(hour, count);
            points.Add(new SignalPoint(o.Hour, o.Observed, o.Expected, o.Low, o.High));
            if (o.Kind != AnomalyKind.None)
            {
                alerts.Add(new AnomalyAlert(_signal, o.Hour, o.Observed, o.Expected, o.Low, o.High, o.Kind == AnomalyKind.Spike ? "spike" : "drop"));
            }
        }
    }

    private static void Trim<T>(List<T> list, int max)
    {
        if (list.Count > max)
        {
            list.RemoveRange(0, list.Count - max);
        }
    }
}
