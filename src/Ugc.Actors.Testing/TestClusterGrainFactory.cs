using Ugc.Actors.Runtime;

namespace Ugc.Actors.Testing;

/// <summary>
/// The cluster client's factory: resolves grain types with a running silo's registry (so grains registered in silo
/// configuration are known) and binds references to the client, which enters through any running silo.
/// </summary>
internal sealed class TestClusterGrainFactory(TestCluster cluster, IGrainCallInvoker client) : IGrainFactory
{
    public TGrainInterface GetGrain<TGrainInterface>(string primaryKey, string? grainClassNamePrefix = null)
        where TGrainInterface : IGrainWithStringKey => Factory().GetGrain<TGrainInterface>(primaryKey, grainClassNamePrefix);

    public TGrainInterface GetGrain<TGrainInterface>(Guid primaryKey, string? grainClassNamePrefix = null)
        where TGrainInterface : IGrainWithGuidKey => Factory().GetGrain<TGrainInterface>(primaryKey, grainClassNamePrefix);

    public TGrainInterface GetGrain<TGrainInterface>(long primaryKey, string? grainClassNamePrefix = null)
        where TGrainInterface : IGrainWithIntegerKey => Factory().GetGrain<TGrainInterface>(primaryKey, grainClassNamePrefix);

    public TGrainInterface GetGrain<TGrainInterface>(GrainId grainId)
        where TGrainInterface : IGrain => Factory().GetGrain<TGrainInterface>(grainId);

    public IGrain GetGrain(Type grainInterfaceType, string primaryKey) => Factory().GetGrain(grainInterfaceType, primaryKey);

    private GrainFactory Factory()
    {
        var silo = cluster.Silos.FirstOrDefault(s => s.IsRunning) ?? cluster.Silos[0];
        return new GrainFactory(silo.Runtime.Registry, client);
    }
}
