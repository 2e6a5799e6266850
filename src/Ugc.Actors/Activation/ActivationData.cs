using Microsoft.Extensions.Logging;
using Ugc.Actors.Diagnostics;
using Ugc.Actors.Runtime;
using Ugc.Actors.Scheduling;
using Ugc.Actors.Timers;

namespace Ugc.Actors.Activation;

/// <summary>
/// One activation of a grain: its instance, its scheduler, and the admission of work into turns. All state changes
/// happen under <see cref="_lock"/>; grain code itself runs on <see cref="Scheduler"/>, one task at a time.
/// </summary>
internal sealed partial class ActivationData : IGrainIdentity
{
    private readonly Lock _lock = new();
    private readonly Queue<ActivationWorkItem> _waiting = new();
    private ActivationState _state;
    private int _running;
    private int _runningWriters;
    private int _runningActivity;
    private long _lastActivityTicks;
    private long _keepAliveUntilTicks;
    private bool _deactivateWhenIdle;
    private DeactivationReason _deactivationReason;
    private TaskCompletionSource? _deactivated;
    private List<GrainTimer>? _timers;
    private Dictionary<Type, object>? _extensions;

    public ActivationData(GrainId grainId, GrainClassMetadata grainClass, SiloRuntime runtime)
    {
        GrainId = grainId;
        Class = grainClass;
        Runtime = runtime;
        Scheduler = new ActivationTaskScheduler(this);
    }

    public GrainId GrainId { get; }

    public GrainClassMetadata Class { get; }

    public SiloRuntime Runtime { get; }

    public ActivationTaskScheduler Scheduler { get; }

    /// <summary>The activation whose scheduler runs the current code, if any.</summary>
    public static ActivationData? Current => ActivationTaskScheduler.Running?.Owner as ActivationData;

    public object? Grain { get; private set; }

    public ActivationState State => _state;

    /// <summary>Persistent states created with the grain, loaded before OnActivateAsync.</summary>
    internal List<Persistence.IPersistentStateLoader> PersistentStates { get; } = [];

    /// <summary>Admits the work now, queues it, or rejects it if admitting it would deadlock.</summary>
    public void Enqueue(ActivationWorkItem item)
    {
        var startActivation = false;
        var admitted = false;
        var redispatch = false;
        var deadlock = false;
        lock (_lock)
        {
            switch (_state)
            {
                case ActivationState.Created:
                    _state = ActivationState.Activating;
                    _waiting.Enqueue(item);
                    startActivation = true;
                    break;
                case ActivationState.Activating:
                case ActivationState.Deactivating:
                    _waiting.Enqueue(item);
                    break;
                case ActivationState.Valid:
                    if (CanAdmitLocked(item, fromQueue: false))
                    {
                        AdmitLocked(item);
                        admitted = true;
                    }
                    else if (item.Chain is { } chain && chain.Contains(GrainId))
                    {
                        deadlock = true;
                    }
                    else
                    {
                        _waiting.Enqueue(item);
                    }

                    break;
                default:
                    redispatch = !item.DropOnDeactivation;
                    break;
            }
        }

        if (admitted)
        {
            item.ScheduleOn(this);
        }
        else if (startActivation)
        {
            Scheduler.Run(static s => _ = ((ActivationData)s!).ActivateAsync(), this);
        }
        else if (deadlock)
        {
            var chain = item.Chain!.ToList();
            chain.Add(GrainId.ToString());
            item.Fail(new DeadlockException($"Deadlock: a call cycle among non-reentrant grains: {string.Join(" -> ", chain)}. "
                + "Mark the grain [Reentrant] or the method [AlwaysInterleave], or break the cycle.") { CallChain = chain });
        }
        else if (redispatch)
        {
            Runtime.Catalog.Dispatch(item, GrainId);
        }
    }

    /// <summary>Called by a work item when its turn ends.</summary>
    public void OnWorkItemCompleted(ActivationWorkItem item, bool inconsistentState)
    {
        List<ActivationWorkItem>? toStart = null;
        var deactivate = false;
        lock (_lock)
        {
            _running--;
            if (!item.IsReadOnly)
            {
                _runningWriters--;
            }

            if (item.CountsAsActivity)
            {
                _runningActivity--;
            }

            if (item.CountsAsActivity)
            {
                _lastActivityTicks = Runtime.Time.GetUtcNow().UtcTicks;
            }

            if (inconsistentState && _state == ActivationState.Valid)
            {
                _deactivateWhenIdle = true;
                _deactivationReason = new(DeactivationReasonCode.InconsistentState, "a state write found a newer version in storage");
            }

            if (_state == ActivationState.Valid && _deactivateWhenIdle && _running == 0)
            {
                _state = ActivationState.Deactivating;
                deactivate = true;
            }
            else if (_state == ActivationState.Valid)
            {
                toStart = PumpLocked();
            }
        }

        if (deactivate)
        {
            Scheduler.Run(static s => _ = ((ActivationData)s!).DeactivateCoreAsync(), this);
        }

        StartAll(toStart);
    }

    /// <summary>Deactivates once the running turns end; the returned task completes when it is gone.</summary>
    public Task DeactivateAsync(DeactivationReason reason)
    {
        var start = false;
        Task done;
        lock (_lock)
        {
            _deactivated ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            done = _deactivated.Task;
            if (_state is ActivationState.Invalid)
            {
                _deactivated.TrySetResult();
            }
            else if (!_deactivateWhenIdle && _state != ActivationState.Deactivating)
            {
                _deactivationReason = reason;
                _deactivateWhenIdle = true;
                if (_state == ActivationState.Valid && _running == 0)
                {
                    _state = ActivationState.Deactivating;
                    start = true;
                }
            }
        }

        if (start)
        {
            Scheduler.Run(static s => _ = ((ActivationData)s!).DeactivateCoreAsync(), this);
        }

        return done;
    }

    /// <summary>Whether the activation has been idle for at least <paramref name="age"/> at <paramref name="nowTicks"/>.</summary>
    public bool IsIdleFor(long nowTicks, TimeSpan age)
    {
        lock (_lock)
        {
            // Work that does not count as activity (timer ticks without KeepAlive) does not keep the grain alive.
            return _state == ActivationState.Valid && _runningActivity == 0 && !_waiting.Any(i => i.CountsAsActivity)
                && nowTicks - _lastActivityTicks >= age.Ticks && nowTicks >= _keepAliveUntilTicks;
        }
    }

    /// <summary>Keeps the activation from idle collection until the given time.</summary>
    public void DelayDeactivation(TimeSpan period)
    {
        lock (_lock)
        {
            _keepAliveUntilTicks = Runtime.Time.GetUtcNow().UtcTicks + period.Ticks;
        }
    }

    public void AddTimer(GrainTimer timer)
    {
        lock (_lock)
        {
            (_timers ??= []).Add(timer);
        }
    }

    public void RemoveTimer(GrainTimer timer)
    {
        lock (_lock)
        {
            _timers?.Remove(timer);
        }
    }

    public bool IsActive => _state is ActivationState.Valid;

    /// <summary>The activation's instance of a runtime extension, created on first use (only ever inside its turns).</summary>
    public object GetExtension(Type extensionType)
    {
        _extensions ??= [];
        if (!_extensions.TryGetValue(extensionType, out var extension))
        {
            _extensions[extensionType] = extension = System.Activator.CreateInstance(extensionType, this)!;
        }

        return extension;
    }

    private bool CanAdmitLocked(ActivationWorkItem item, bool fromQueue)
    {
        if (_running == 0)
        {
            return fromQueue || _waiting.Count == 0;
        }

        if (Class.IsReentrant || item.IsAlwaysInterleave)
        {
            return true;
        }

        return item.IsReadOnly && _runningWriters == 0 && (fromQueue || _waiting.Count == 0);
    }

    private void AdmitLocked(ActivationWorkItem item)
    {
        _running++;
        if (!item.IsReadOnly)
        {
            _runningWriters++;
        }

        if (item.CountsAsActivity)
        {
            _runningActivity++;
        }
    }

    private List<ActivationWorkItem>? PumpLocked()
    {
        List<ActivationWorkItem>? toStart = null;
        while (_waiting.TryPeek(out var next) && CanAdmitLocked(next, fromQueue: true))
        {
            _waiting.Dequeue();
            AdmitLocked(next);
            (toStart ??= []).Add(next);
        }

        return toStart;
    }

    private void StartAll(List<ActivationWorkItem>? items)
    {
        if (items is null)
        {
            return;
        }

        foreach (var item in items)
        {
            item.ScheduleOn(this);
        }
    }
}
