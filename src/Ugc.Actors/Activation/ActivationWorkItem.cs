using Ugc.Actors.Runtime;

namespace Ugc.Actors.Activation;

/// <summary>One turn's worth of work for an activation: a grain call or a timer tick.</summary>
internal abstract class ActivationWorkItem
{
    private static readonly Action<object?> s_start = static state => ((ActivationWorkItem)state!).Start();

    private ActivationData? _activation;

    /// <summary>Read-only work interleaves with other read-only work.</summary>
    public abstract bool IsReadOnly { get; }

    /// <summary>Admitted even while other work is in progress.</summary>
    public abstract bool IsAlwaysInterleave { get; }

    /// <summary>The grains waiting on this work, for deadlock detection.</summary>
    public virtual CallChain? Chain => null;

    /// <summary>Whether completing this work postpones idle collection.</summary>
    public virtual bool CountsAsActivity => true;

    /// <summary>Whether the work is dropped (rather than forwarded) when its activation goes away.</summary>
    public virtual bool DropOnDeactivation => false;

    /// <summary>Fails the work without running it.</summary>
    public abstract void Fail(Exception exception);

    /// <summary>Runs the work as a turn on the activation's scheduler; reports completion to the activation.</summary>
    protected abstract Task RunAsync(ActivationData activation);

    internal void ScheduleOn(ActivationData activation)
    {
        _activation = activation;
        activation.Scheduler.Run(s_start, this);
    }

    private void Start() => _ = RunAsync(_activation!);
}
