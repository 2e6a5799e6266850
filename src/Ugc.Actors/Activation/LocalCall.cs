using Ugc.Actors.Runtime;

namespace Ugc.Actors.Activation;

/// <summary>A call between grains of one silo: arguments and result pass by reference, completion through a task.</summary>
internal sealed class LocalCall<TResult>(
    PendingCalls pending, GrainId target, GrainMethod<TResult> method, object?[] arguments, CallContext? context, long deadline)
    : IncomingCall(target, method, arguments, context), IPendingCall
{
    private readonly TaskCompletionSource<TResult> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public long Id { get; set; }

    public long Deadline { get; } = deadline;

    public Placement.SiloAddress? TargetSilo => null;

    public string Description => $"{Target}.{Method.Name}";

    public Task<TResult> Task => _completion.Task;

    public override void Fail(Exception exception)
    {
        pending.Remove(Id);
        _completion.TrySetException(exception);
    }

    public bool TryFail(Exception exception) => _completion.TrySetException(exception);

    protected override void Complete(Task completed)
    {
        pending.Remove(Id);
        _completion.TrySetResult(((GrainMethod<TResult>)Method).GetResult(completed));
    }

    protected override void CompleteBoxed(object? result)
    {
        pending.Remove(Id);
        _completion.TrySetResult((TResult)result!);
    }
}
