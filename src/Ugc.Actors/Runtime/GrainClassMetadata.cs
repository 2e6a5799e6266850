using System.Reflection;
using Ugc.Actors.Diagnostics;

namespace Ugc.Actors.Runtime;

/// <summary>What the runtime knows of one grain class: its type name, interfaces, admission rule and idle age.</summary>
internal sealed class GrainClassMetadata
{
    private readonly Lock _statsLock = new();
    private int _activationCount;
    private MethodStatistics?[] _methods = [];
    private GrainMethod?[] _methodsByIndex = [];

    public GrainClassMetadata(Type grainClass)
    {
        GrainClass = grainClass;
        TypeName = GrainTypeName(grainClass);
        IsReentrant = grainClass.IsDefined(typeof(ReentrantAttribute), inherit: true);
        CollectionAge = grainClass.GetCustomAttribute<CollectionAgeLimitAttribute>(inherit: true)?.Age;
        Interfaces = [.. grainClass.GetInterfaces().Where(i => typeof(IGrain).IsAssignableFrom(i) && i != typeof(IGrain)
            && i != typeof(IGrainWithStringKey) && i != typeof(IGrainWithGuidKey) && i != typeof(IGrainWithIntegerKey))];
    }

    public Type GrainClass { get; }

    public string TypeName { get; }

    public bool IsReentrant { get; }

    /// <summary>The class's own idle age, if it sets one.</summary>
    public TimeSpan? CollectionAge { get; }

    public Type[] Interfaces { get; }

    public int ActivationCount => Volatile.Read(ref _activationCount);

    /// <summary>Calls received by activations of this class, per method.</summary>
    public IEnumerable<(GrainMethod Method, MethodStatistics Statistics)> MethodStatistics =>
        _methods.Select((s, i) => (s, i)).Where(p => p.s is not null).Select(p => (_methodsByIndex[p.i]!, p.s!));

    /// <summary>The statistics of one method on this class, created on first use.</summary>
    public MethodStatistics StatisticsFor(GrainMethod method)
    {
        var stats = _methods;
        if (method.Index < stats.Length && stats[method.Index] is { } existing)
        {
            return existing;
        }

        lock (_statsLock)
        {
            if (method.Index >= _methods.Length)
            {
                var grown = new MethodStatistics?[Math.Max(method.Index + 1, _methods.Length * 2)];
                var grownMethods = new GrainMethod?[grown.Length];
                Array.Copy(_methods, grown, _methods.Length);
                Array.Copy(_methodsByIndex, grownMethods, _methodsByIndex.Length);
                _methodsByIndex = grownMethods;
                _methods = grown;
            }

            _methodsByIndex[method.Index] = method;
            return _methods[method.Index] ??= new MethodStatistics();
        }
    }

    public void OnActivationCreated() => Interlocked.Increment(ref _activationCount);

    public void OnActivationDestroyed() => Interlocked.Decrement(ref _activationCount);

    public static string GrainTypeName(Type grainClass)
    {
        if (grainClass.GetCustomAttribute<GrainTypeAttribute>(inherit: false) is { } attribute)
        {
            return attribute.Name;
        }

        var name = grainClass.Name;
        if (name.EndsWith("Grain", StringComparison.Ordinal) && name.Length > "Grain".Length)
        {
            name = name[..^"Grain".Length];
        }

        return name.ToLowerInvariant();
    }
}
