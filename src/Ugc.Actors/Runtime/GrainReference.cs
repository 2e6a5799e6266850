using System.Reflection;

namespace Ugc.Actors.Runtime;

/// <summary>
/// The reference side of a grain: a generated proxy of the grain interface whose every method becomes a call
/// through the runtime. Two references to the same grain are equal.
/// </summary>
public class GrainReference : DispatchProxy, IGrainIdentity
{
    private GrainInterfaceMetadata _interface = null!;

    public GrainId GrainId { get; private set; }

    internal IGrainCallInvoker Runtime { get; private set; } = null!;

    internal Type InterfaceType => _interface.InterfaceType;

    internal static object Create(Type interfaceType, GrainInterfaceMetadata metadata, GrainId grainId, IGrainCallInvoker runtime)
    {
        var proxy = (GrainReference)Create(interfaceType, typeof(GrainReference));
        proxy._interface = metadata;
        proxy.GrainId = grainId;
        proxy.Runtime = runtime;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        if (!_interface.ByMethod.TryGetValue(targetMethod, out var method))
        {
            throw new ActorException($"{targetMethod.DeclaringType?.Name}.{targetMethod.Name} is not a method of grain interface {_interface.InterfaceType.Name}.");
        }

        return method.InvokeFromReference(this, args ?? []);
    }

    public override bool Equals(object? obj) => obj is GrainReference other && other.GrainId == GrainId;

    public override int GetHashCode() => GrainId.GetHashCode();

    public override string ToString() => $"GrainReference:{GrainId}";
}
