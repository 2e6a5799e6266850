using Ugc.Actors.Activation;
using Ugc.Actors.Diagnostics;

namespace Ugc.Actors.Timers;

/// <summary>
/// A timer bound to an activation. Each tick is queued to the activation as a turn; the next due time is counted
/// from the end of the previous tick, so ticks never overlap.
/// </summary>
internal sealed class GrainTimer : IGrainTimer
{
    private readonly ActivationData _activation;
    private readonly Func<object?, CancellationToken, Task> _callback;
    private readonly object? _state;
    private readonly GrainTimerCreationOptions _options;
    private readonly ITimer _timer;
    private readonly CancellationTokenSource _disposed = new();
    private TimeSpan _period;

    private GrainTimer(ActivationData activation, Func<object?, CancellationToken, Task> callback, object? state, GrainTimerCreationOptions options)
    {
        _activation = activation;
        _callback = callback;
        _state = state;
        _options = options;
        _period = options.Period;
        _timer = activation.Runtime.Time.CreateTimer(static s => ((GrainTimer)s!).OnDue(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public static GrainTimer Start(ActivationData activation, Func<object?, CancellationToken, Task> callback, object? state, GrainTimerCreationOptions options)
    {
        var timer = new GrainTimer(activation, callback, state, options);
        activation.AddTimer(timer);
        timer._timer.Change(options.DueTime, Timeout.InfiniteTimeSpan);
        return timer;
    }

    public void Change(TimeSpan dueTime, TimeSpan period)
    {
        _period = period;
        if (!_disposed.IsCancellationRequested)
        {
            _timer.Change(dueTime, Timeout.InfiniteTimeSpan);
        }
    }

    public void Dispose()
    {
        if (_disposed.IsCancellationRequested)
        {
            return;
        }

        _disposed.Cancel();
        _timer.Dispose();
        _activation.RemoveTimer(this);
    }

    private void OnDue()
    {
        if (!_disposed.IsCancellationRequested)
        {
            _activation.Enqueue(new Tick(this));
        }
    }

    private void OnTickCompleted()
    {
        if (!_disposed.IsCancellationRequested && _period != Timeout.InfiniteTimeSpan)
        {
            _timer.Change(_period, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>One tick as a turn of the activation.</summary>
    private sealed class Tick(GrainTimer timer) : ActivationWorkItem
    {
        public override bool IsReadOnly => false;

        public override bool IsAlwaysInterleave => timer._options.Interleave;

        public override bool CountsAsActivity => timer._options.KeepAlive;

        public override bool DropOnDeactivation => true;

        public override void Fail(Exception exception) => timer.OnTickCompleted();

        protected override async Task RunAsync(ActivationData activation)
        {
            Runtime.CallContext.Current = new Runtime.CallContext(new Runtime.CallChain(activation.GrainId, null), null);
            try
            {
                await timer._callback(timer._state, timer._disposed.Token);
            }
            catch (Exception exception)
            {
                ActorLog.TimerCallbackFailed(activation.Runtime.Logger, exception, activation.GrainId);
            }
            finally
            {
                activation.OnWorkItemCompleted(this, inconsistentState: false);
                timer.OnTickCompleted();
            }
        }
    }
}
