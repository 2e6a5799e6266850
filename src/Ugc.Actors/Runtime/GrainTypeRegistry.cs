using System.Collections.Concurrent;
using System.Reflection;

namespace Ugc.Actors.Runtime;

/// <summary>
/// The grain classes a silo hosts and the interfaces it can call: resolves an interface to its implementation's
/// grain type, a grain type to its class, and a wire key to a method.
/// </summary>
public sealed class GrainTypeRegistry
{
    private readonly Dictionary<string, GrainClassMetadata> _classesByType = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, List<GrainClassMetadata>> _implementations = [];
    // Process-wide: a method's metadata (and its statistics index) is the same object in every silo of the process.
    private static readonly ConcurrentDictionary<Type, GrainInterfaceMetadata> s_interfaces = new();
    private readonly ConcurrentDictionary<string, GrainMethod> _methodsByKey = new(StringComparer.Ordinal);

    public GrainTypeRegistry()
    {
        // Runtime extension interfaces are implemented by no grain class, yet every silo must answer them.
        EnsureInterface(typeof(Streams.IStreamConsumerExtension));
    }

    /// <summary>Registers every concrete grain class of an assembly.</summary>
    public void AddAssembly(Assembly assembly)
    {
        foreach (var type in assembly.GetTypes())
        {
            if (type is { IsClass: true, IsAbstract: false } && typeof(Grain).IsAssignableFrom(type) && typeof(IGrain).IsAssignableFrom(type)
                && !type.IsGenericTypeDefinition)
            {
                AddGrainClass(type);
            }
        }
    }

    /// <summary>Registers one grain class.</summary>
    public void AddGrainClass(Type grainClass)
    {
        var metadata = new GrainClassMetadata(grainClass);
        if (_classesByType.TryGetValue(metadata.TypeName, out var existing))
        {
            if (existing.GrainClass == grainClass)
            {
                return;
            }

            throw new ActorException($"Grain classes {existing.GrainClass.FullName} and {grainClass.FullName} share the grain type name '{metadata.TypeName}'; give one a [GrainType] name.");
        }

        _classesByType[metadata.TypeName] = metadata;
        foreach (var grainInterface in metadata.Interfaces)
        {
            if (!_implementations.TryGetValue(grainInterface, out var list))
            {
                _implementations[grainInterface] = list = [];
            }

            list.Add(metadata);
            foreach (var method in GetInterface(grainInterface).ByMethod.Values)
            {
                _methodsByKey.TryAdd(method.Key, method);
            }
        }
    }

    /// <summary>Grain type names of every registered class.</summary>
    public IEnumerable<string> GrainTypes => _classesByType.Keys;

    internal IEnumerable<GrainClassMetadata> Classes => _classesByType.Values;

    internal GrainClassMetadata GetClass(string grainType) => _classesByType.TryGetValue(grainType, out var metadata)
        ? metadata
        : throw new ActorException($"No grain class is registered for grain type '{grainType}'.");

    internal bool TryGetClass(string grainType, out GrainClassMetadata metadata) => _classesByType.TryGetValue(grainType, out metadata!);

    internal GrainInterfaceMetadata GetInterface(Type interfaceType) => s_interfaces.GetOrAdd(interfaceType, static t => new GrainInterfaceMetadata(t));

    internal GrainMethod? FindMethod(string key) => _methodsByKey.GetValueOrDefault(key);

    /// <summary>Registers the methods of an interface the silo calls but may not implement (so replies and wire keys resolve).</summary>
    internal void EnsureInterface(Type interfaceType)
    {
        foreach (var method in GetInterface(interfaceType).ByMethod.Values)
        {
            _methodsByKey.TryAdd(method.Key, method);
        }
    }

    /// <summary>The grain type that implements <paramref name="interfaceType"/>, disambiguated by a class name prefix.</summary>
    public string ResolveGrainType(Type interfaceType, string? grainClassNamePrefix)
    {
        if (!_implementations.TryGetValue(interfaceType, out var candidates) || candidates.Count == 0)
        {
            throw new ActorException($"No registered grain class implements {interfaceType.FullName}.");
        }

        if (grainClassNamePrefix is not null)
        {
            candidates = [.. candidates.Where(c => c.GrainClass.FullName!.StartsWith(grainClassNamePrefix, StringComparison.Ordinal)
                || c.GrainClass.Name.StartsWith(grainClassNamePrefix, StringComparison.Ordinal))];
        }

        return candidates.Count switch
        {
            1 => candidates[0].TypeName,
            0 => throw new ActorException($"No grain class implementing {interfaceType.FullName} matches the prefix '{grainClassNamePrefix}'."),
            _ => throw new ActorException($"Several grain classes implement {interfaceType.FullName} ({string.Join(", ", candidates.Select(c => c.GrainClass.Name))}); pass a grain class name prefix."),
        };
    }
}
