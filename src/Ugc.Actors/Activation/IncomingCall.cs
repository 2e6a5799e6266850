using System.Diagnostics;
using Ugc.Actors.Persistence;
using Ugc.Actors.Runtime;

namespace Ugc.Actors.Activation;

/// <summary>A grain call as the target activation runs it, whether it came from this silo or another.</summary>
internal abstract class IncomingCall(GrainId target, GrainMethod method, object?[] arguments, CallContext? context) : ActivationWorkItem
{
    public GrainId Target { get; } = target;

    public GrainMethod Method { get; } = method;

    public object?[] Arguments { get; } = arguments;

    public CallContext? Context { get; } = context;

    public override bool IsReadOnly => Method.IsReadOnly;

    public override bool IsAlwaysInterleave => Method.IsAlwaysInterleave;

    public override CallChain? Chain => Context?.Chain;

    /// <summary>Completes the call with the method's finished task.</summary>
    protected abstract void Complete(Task completed);

    /// <summary>Completes the call with a result a filter produced.</summary>
    protected abstract void CompleteBoxed(object? result);

    protected sealed override async Task RunAsync(ActivationData activation)
    {
        var started = Stopwatch.GetTimestamp();
        Exception? error = null;
        Task? completed = null;
        IncomingGrainCallContext? filtered = null;
        CallContext.Current = new CallContext(new CallChain(activation.GrainId, Context?.Chain), Context?.Data);
        try
        {
            var filters = activation.Runtime.IncomingFilters;
            if (filters.Length == 0)
            {
                completed = Method.Invoker(Method.Extension is null ? activation.Grain! : activation.GetExtension(Method.Extension), Arguments);
                await completed;
            }
            else
            {
                filtered = new IncomingGrainCallContext(activation, this, filters);
                await filtered.Invoke();
            }
        }
        catch (Exception exception)
        {
            error = exception;
        }

        activation.Runtime.Metrics.RecordCall(activation.Class, Method, Stopwatch.GetElapsedTime(started), error is not null);

        // The turn ends before the caller hears back, so whatever the caller does next sees the activation idle.
        activation.OnWorkItemCompleted(this, error is InconsistentStateException || error?.InnerException is InconsistentStateException);
        if (error is not null)
        {
            Fail(error);
        }
        else if (filtered is not null)
        {
            CompleteBoxed(filtered.Result);
        }
        else
        {
            Complete(completed!);
        }
    }
}
