using System.Reflection;

namespace Ugc.Actors.Runtime;

/// <summary>The context outgoing call filters see; the last step sends the call.</summary>
internal sealed class OutgoingGrainCallContext(GrainId target, GrainMethod method, object?[] arguments, IOutgoingGrainCallFilter[] filters,
    Func<Task<object?>> send) : IOutgoingGrainCallContext
{
    private int _next;

    public GrainId TargetId => target;

    public MethodInfo InterfaceMethod => method.Method;

    public string MethodName => method.Name;

    public object?[] Arguments => arguments;

    public object? Result { get; set; }

    public async Task Invoke()
    {
        if (_next < filters.Length)
        {
            await filters[_next++].Invoke(this);
            return;
        }

        Result = await send();
    }
}
