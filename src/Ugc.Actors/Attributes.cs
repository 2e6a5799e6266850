namespace Ugc.Actors;

/// <summary>Requests of this grain class may interleave at await points (never run in parallel).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class ReentrantAttribute : Attribute;

/// <summary>This interface method is admitted even while another request of the activation is in progress.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AlwaysInterleaveAttribute : Attribute;

/// <summary>This interface method changes no state: read-only requests interleave with each other.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ReadOnlyAttribute : Attribute;

/// <summary>Names the grain type in grain ids and storage; by default the class name without the "Grain" suffix, lower-case.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class GrainTypeAttribute(string name) : Attribute
{
    /// <summary>The grain type name.</summary>
    public string Name { get; } = name;
}

/// <summary>Overrides the idle age after which activations of this class are collected.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class CollectionAgeLimitAttribute : Attribute
{
    /// <summary>Idle minutes before collection.</summary>
    public double Minutes { get; init; }

    /// <summary>Idle age as a TimeSpan.</summary>
    public TimeSpan Age => TimeSpan.FromMinutes(Minutes);
}
