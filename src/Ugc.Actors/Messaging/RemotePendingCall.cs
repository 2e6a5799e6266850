using Ugc.Actors.Placement;
using Ugc.Actors.Runtime;

namespace Ugc.Actors.Messaging;

/// <summary>A call sent to another silo, completed by its response message, a timeout, or the silo's departure.</summary>
internal sealed class RemotePendingCall<TResult>(SiloRuntime runtime, SiloAddress targetSilo, GrainId target, GrainMethod<TResult> method, long deadline)
    : IPendingCall, IRemoteResponseSink
{
    private readonly TaskCompletionSource<TResult> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public long Id { get; set; }

    public long Deadline { get; } = deadline;

    public SiloAddress? TargetSilo { get; } = targetSilo;

    public string Description => $"{target}.{method.Name} on silo {TargetSilo}";

    public Task<TResult> Task => _completion.Task;

    public bool TryFail(Exception exception) => _completion.TrySetException(exception);

    public void OnResponse(Message response)
    {
        if (response.Exception is { } error)
        {
            _completion.TrySetException(MessageSerializer.FromInfo(error));
            return;
        }

        try
        {
            _completion.TrySetResult(runtime.Serializer.DeserializeResult<TResult>(response.Result)!);
        }
        catch (Exception exception)
        {
            _completion.TrySetException(new ActorException($"The result of {Description} could not be read: {exception.Message}", exception));
        }
    }
}
