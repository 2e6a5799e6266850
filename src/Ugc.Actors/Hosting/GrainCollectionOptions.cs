namespace Ugc.Actors.Hosting;

/// <summary>Idle activation collection; bound from <c>Ugc:GrainCollection</c>.</summary>
public sealed class GrainCollectionOptions
{
    public const string SectionName = "Ugc:GrainCollection";

    /// <summary>How long an activation may stay idle before it is deactivated.</summary>
    /// <value>The default is 15 min.</value>
    public TimeSpan CollectionAge { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often idle activations are looked for.</summary>
    /// <value>The default is 1 min.</value>
    public TimeSpan CollectionQuantum { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Idle ages per grain type name, overriding <see cref="CollectionAge"/> and the class's attribute.</summary>
    /// <value>The default is empty.</value>
    public Dictionary<string, TimeSpan> ClassSpecificCollectionAge { get; } = new(StringComparer.Ordinal);
}
