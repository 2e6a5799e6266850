using System.Collections.Frozen;
using System.Reflection;

namespace Ugc.Actors.Runtime;

/// <summary>The methods of one grain interface (inherited grain interfaces included), looked up by MethodInfo or wire key.</summary>
internal sealed class GrainInterfaceMetadata
{
    public GrainInterfaceMetadata(Type interfaceType)
    {
        if (!interfaceType.IsInterface || !typeof(IGrain).IsAssignableFrom(interfaceType))
        {
            throw new ActorException($"{interfaceType.FullName} is not a grain interface (an interface that extends IGrain).");
        }

        InterfaceType = interfaceType;
        var methods = new Dictionary<MethodInfo, GrainMethod>();
        foreach (var type in interfaceType.GetInterfaces().Where(typeof(IGrain).IsAssignableFrom).Append(interfaceType))
        {
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance))
            {
                methods[method] = GrainMethodFactory.Create(method);
            }
        }

        ByMethod = methods.ToFrozenDictionary();
    }

    public Type InterfaceType { get; }

    public FrozenDictionary<MethodInfo, GrainMethod> ByMethod { get; }
}
