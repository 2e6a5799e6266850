using Ugc.Actors.Activation;
using Ugc.Actors.Placement;
using Ugc.Actors.Runtime;

namespace Ugc.Actors.Messaging;

/// <summary>A call that came from another silo; its completion is sent back as a response message.</summary>
internal sealed class RemoteIncomingCall(SiloRuntime runtime, SiloAddress caller, long messageId, GrainId target, GrainMethod method,
    object?[] arguments, CallContext context) : IncomingCall(target, method, arguments, context)
{
    public override void Fail(Exception exception) =>
        runtime.SendResponse(caller, new Message { Id = messageId, Kind = MessageKind.Response, Exception = MessageSerializer.ToInfo(exception) });

    protected override void Complete(Task completed) => CompleteBoxed(Method.GetBoxedResult(completed));

    protected override void CompleteBoxed(object? result)
    {
        Message response;
        try
        {
            response = new Message { Id = messageId, Kind = MessageKind.Response, Result = runtime.Serializer.SerializeResult(Method.ResultType, result) };
        }
        catch (Exception exception)
        {
            response = new Message
            {
                Id = messageId,
                Kind = MessageKind.Response,
                Exception = MessageSerializer.ToInfo(new ActorException($"The result of {Method.Name} could not be serialized: {exception.Message}", exception)),
            };
        }

        runtime.SendResponse(caller, response);
    }
}
