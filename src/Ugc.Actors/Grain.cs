using Ugc.Actors.Activation;
using Ugc.Actors.Timers;

namespace Ugc.Actors;

/// <summary>
/// Base class of grain implementations. Instances are created by the runtime when a call arrives, never with
/// <c>new</c>; constructor parameters are resolved from the silo's services (and [PersistentState]).
/// </summary>
public abstract class Grain : IGrainIdentity
{
    [ThreadStatic]
    private static ActivationData? t_constructing;

    private readonly ActivationData _activation;

    protected Grain()
    {
        _activation = t_constructing ?? throw new InvalidOperationException(
            $"{GetType().Name} is a grain: the runtime creates it on the first call; get a reference from IGrainFactory.GetGrain instead.");
    }

    /// <summary>This grain's id.</summary>
    public GrainId GrainId => _activation.GrainId;

    /// <summary>Makes references to other grains; calls made through it carry this grain's call chain.</summary>
    protected IGrainFactory GrainFactory => _activation.Runtime.GrainFactory;

    /// <summary>The silo's services.</summary>
    protected IServiceProvider ServiceProvider => _activation.Runtime.Services;

    internal ActivationData Activation => _activation;

    /// <summary>Called after state is loaded, before the first call is admitted.</summary>
    public virtual Task OnActivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Called when the activation goes away (idle, requested, shutdown); persist here what must survive.</summary>
    public virtual Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Deactivates this activation when the current turn ends; the next call creates a fresh one.</summary>
    protected void DeactivateOnIdle() =>
        _ = _activation.DeactivateAsync(new(DeactivationReasonCode.ApplicationRequested, "DeactivateOnIdle was called"));

    /// <summary>Keeps this activation from idle collection for at least <paramref name="timeSpan"/>.</summary>
    protected void DelayDeactivation(TimeSpan timeSpan) => _activation.DelayDeactivation(timeSpan);

    /// <summary>Starts a timer whose callback runs as a turn of this activation; disposed with it.</summary>
    protected IGrainTimer RegisterGrainTimer<TState>(Func<TState, CancellationToken, Task> callback, TState state, GrainTimerCreationOptions options)
    {
        ArgumentNullException.ThrowIfNull(callback);
        return GrainTimer.Start(_activation, (s, ct) => callback((TState)s!, ct), state, options);
    }

    /// <summary>Starts a timer whose callback runs as a turn of this activation; disposed with it.</summary>
    protected IGrainTimer RegisterGrainTimer(Func<CancellationToken, Task> callback, GrainTimerCreationOptions options)
    {
        ArgumentNullException.ThrowIfNull(callback);
        return GrainTimer.Start(_activation, (_, ct) => callback(ct), null, options);
    }

    /// <summary>Starts a non-interleaving timer with the given due time and period.</summary>
    protected IGrainTimer RegisterGrainTimer<TState>(Func<TState, CancellationToken, Task> callback, TState state, TimeSpan dueTime, TimeSpan period) =>
        RegisterGrainTimer(callback, state, new GrainTimerCreationOptions(dueTime, period));

    internal static T Construct<T>(ActivationData activation, Func<T> create)
    {
        var previous = t_constructing;
        t_constructing = activation;
        try
        {
            return create();
        }
        finally
        {
            t_constructing = previous;
        }
    }
}
