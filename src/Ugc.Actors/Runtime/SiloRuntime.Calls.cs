using Ugc.Actors.Activation;
using Ugc.Actors.Diagnostics;
using Ugc.Actors.Messaging;
using Ugc.Actors.Placement;

namespace Ugc.Actors.Runtime;

/// <summary>Outgoing calls and incoming messages.</summary>
internal sealed partial class SiloRuntime
{
    public Task<TResult> InvokeAsync<TResult>(GrainId target, GrainMethod<TResult> method, object?[] arguments)
    {
        var context = CallContext.Current;
        return OutgoingFilters.Length == 0
            ? SendAsync(target, method, arguments, context)
            : InvokeWithFiltersAsync(target, method, arguments, context);
    }

    public Task<TResult> SendAsync<TResult>(GrainId target, GrainMethod<TResult> method, object?[] arguments, CallContext? context)
    {
        var deadline = Time.GetUtcNow().UtcTicks + Messaging.ResponseTimeout.Ticks;
        var owner = Placement.GetOwner(target);
        if (owner == Address)
        {
            ReplaceGrainInstancesWithReferences(method, arguments);
            var call = new LocalCall<TResult>(Pending, target, method, arguments, context, deadline);
            Pending.Add(call);
            Catalog.Dispatch(call, target);
            return call.Task;
        }

        var pending = new RemotePendingCall<TResult>(this, owner, target, method, deadline);
        Pending.Add(pending);
        try
        {
            var message = new Message
            {
                Id = pending.Id,
                Kind = MessageKind.Request,
                Sender = Address.ToString(),
                Target = target.ToString(),
                Method = method.Key,
                Arguments = Serializer.SerializeArguments(method, arguments),
                CallChain = context?.Chain?.ToList(),
                RequestContext = Serializer.SerializeContext(context?.Data),
                Deadline = deadline,
            };
            _transport.Send(owner, Serializer.Encode(message));
        }
        catch (Exception exception)
        {
            Pending.Remove(pending.Id);
            pending.TryFail(exception);
        }

        return pending.Task;
    }

    // A grain passing `this` must hand over a reference, never its instance: calls through the instance would bypass its turns.
    private void ReplaceGrainInstancesWithReferences(GrainMethod method, object?[] arguments)
    {
        for (var i = 0; i < arguments.Length; i++)
        {
            if (arguments[i] is Grain grain && method.ParameterTypes[i].IsInterface)
            {
                arguments[i] = GrainFactory.GetReference(method.ParameterTypes[i], grain.GrainId);
            }
        }
    }

    private async Task<TResult> InvokeWithFiltersAsync<TResult>(GrainId target, GrainMethod<TResult> method, object?[] arguments, CallContext? context)
    {
        var callContext = new OutgoingGrainCallContext(target, method, arguments, OutgoingFilters,
            async () => await SendAsync(target, method, arguments, context));
        await callContext.Invoke();
        return (TResult)callContext.Result!;
    }

    private void OnMessage(byte[] bytes)
    {
        Message message;
        try
        {
            message = Serializer.Decode(bytes);
        }
        catch (Exception exception)
        {
            ActorLog.MessageFailed(Logger, exception, "(undecodable)");
            return;
        }

        if (message.Kind == MessageKind.Response)
        {
            (Pending.Take(message.Id) as IRemoteResponseSink)?.OnResponse(message);
            return;
        }

        var sender = SiloAddress.Parse(message.Sender);
        try
        {
            var method = Registry.FindMethod(message.Method ?? "")
                ?? throw new ActorException($"Silo {Address} does not know the grain method '{message.Method}'.");
            var arguments = Serializer.DeserializeArguments(method, message.Arguments);
            var context = new CallContext(CallChain.FromList(message.CallChain), Serializer.DeserializeContext(message.RequestContext));
            var target = GrainId.Parse(message.Target ?? "");
            Catalog.Dispatch(new RemoteIncomingCall(this, sender, message.Id, target, method, arguments, context), target);
        }
        catch (Exception exception)
        {
            SendResponse(sender, new Message { Id = message.Id, Kind = MessageKind.Response, Exception = MessageSerializer.ToInfo(exception) });
        }
    }

    internal void SendResponse(SiloAddress caller, Message response)
    {
        response.Sender = Address.ToString();
        try
        {
            _transport.Send(caller, Serializer.Encode(response));
        }
        catch (SiloUnavailableException)
        {
            // The caller is gone; nobody waits for this answer.
        }
    }
}
