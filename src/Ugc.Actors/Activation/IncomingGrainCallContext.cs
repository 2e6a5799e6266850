using System.Reflection;
using Ugc.Actors.Runtime;

namespace Ugc.Actors.Activation;

/// <summary>The context incoming call filters see; <see cref="Invoke"/> runs the next filter or the grain method.</summary>
internal sealed class IncomingGrainCallContext(ActivationData activation, IncomingCall call, IIncomingGrainCallFilter[] filters)
    : IIncomingGrainCallContext
{
    private int _next;

    public object Grain => activation.Grain!;

    public GrainId TargetId => activation.GrainId;

    public MethodInfo InterfaceMethod => call.Method.Method;

    public string MethodName => call.Method.Name;

    public object?[] Arguments => call.Arguments;

    public object? Result { get; set; }

    public async Task Invoke()
    {
        if (_next < filters.Length)
        {
            await filters[_next++].Invoke(this);
            return;
        }

        var task = call.Method.Invoker(call.Method.Extension is null ? activation.Grain! : activation.GetExtension(call.Method.Extension), call.Arguments);
        await task;
        Result = call.Method.GetBoxedResult(task);
    }
}
