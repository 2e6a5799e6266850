namespace Ugc.Actors.Runtime;

/// <summary>Makes grain references bound to one call invoker. Proxy types are generated once per interface and cached.</summary>
internal sealed class GrainFactory(GrainTypeRegistry registry, IGrainCallInvoker invoker) : IGrainFactory
{
    public TGrainInterface GetGrain<TGrainInterface>(string primaryKey, string? grainClassNamePrefix = null)
        where TGrainInterface : IGrainWithStringKey =>
        (TGrainInterface)Create(typeof(TGrainInterface), primaryKey, grainClassNamePrefix);

    public TGrainInterface GetGrain<TGrainInterface>(Guid primaryKey, string? grainClassNamePrefix = null)
        where TGrainInterface : IGrainWithGuidKey =>
        (TGrainInterface)Create(typeof(TGrainInterface), primaryKey.ToString("N"), grainClassNamePrefix);

    public TGrainInterface GetGrain<TGrainInterface>(long primaryKey, string? grainClassNamePrefix = null)
        where TGrainInterface : IGrainWithIntegerKey =>
        (TGrainInterface)Create(typeof(TGrainInterface), primaryKey.ToString(System.Globalization.CultureInfo.InvariantCulture), grainClassNamePrefix);

    public TGrainInterface GetGrain<TGrainInterface>(GrainId grainId)
        where TGrainInterface : IGrain => (TGrainInterface)GetReference(typeof(TGrainInterface), grainId);

    public IGrain GetGrain(Type grainInterfaceType, string primaryKey) => (IGrain)Create(grainInterfaceType, primaryKey, null);

    internal object GetReference(Type interfaceType, GrainId grainId)
    {
        registry.EnsureInterface(interfaceType);
        return GrainReference.Create(interfaceType, registry.GetInterface(interfaceType), grainId, invoker);
    }

    private object Create(Type interfaceType, string key, string? prefix)
    {
        ArgumentNullException.ThrowIfNull(key);
        var grainType = registry.ResolveGrainType(interfaceType, prefix);
        return GrainReference.Create(interfaceType, registry.GetInterface(interfaceType), new GrainId(grainType, key), invoker);
    }
}
