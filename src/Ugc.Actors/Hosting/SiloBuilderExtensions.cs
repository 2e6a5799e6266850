using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Ugc.Actors.Membership;
using Ugc.Actors.Messaging;
using Ugc.Actors.Persistence;

namespace Ugc.Actors.Hosting;

/// <summary>The common silo configuration calls.</summary>
public static class SiloBuilderExtensions
{
    /// <summary>Hosts every grain class of the assembly.</summary>
    public static ISiloBuilder AddGrains(this ISiloBuilder builder, Assembly assembly)
    {
        builder.Registry.AddAssembly(assembly);
        return builder;
    }

    /// <summary>Hosts one grain class.</summary>
    public static ISiloBuilder AddGrain<TGrain>(this ISiloBuilder builder)
        where TGrain : Grain, IGrain
    {
        builder.Registry.AddGrainClass(typeof(TGrain));
        return builder;
    }

    /// <summary>Adds an in-memory grain storage provider (shared instance if given, so several silos see one store).</summary>
    public static ISiloBuilder AddMemoryGrainStorage(this ISiloBuilder builder, string name = PersistentStateAttribute.DefaultStorageName,
        MemoryGrainStorage? shared = null)
    {
        var storage = shared ?? new MemoryGrainStorage();
        builder.Services.AddKeyedSingleton<IGrainStorage>(name, storage);
        return builder;
    }

    /// <summary>Clusters over in-process membership and messaging: one silo alone, or several sharing the given instances.</summary>
    public static ISiloBuilder UseInMemoryClustering(this ISiloBuilder builder, InMemoryClusterMembership? membership = null, InMemoryNetwork? network = null)
    {
        builder.Services.Replace(ServiceDescriptor.Singleton<IClusterMembership>(membership ?? new InMemoryClusterMembership()));
        builder.Services.Replace(ServiceDescriptor.Singleton(network ?? new InMemoryNetwork()));
        builder.Services.Replace(ServiceDescriptor.Singleton<IMessageTransport, InMemoryTransport>());
        return builder;
    }

    /// <summary>Sets silo options.</summary>
    public static ISiloBuilder Configure(this ISiloBuilder builder, Action<SiloOptions> configure)
    {
        builder.Services.Configure(configure);
        return builder;
    }

    /// <summary>Sets call timeouts.</summary>
    public static ISiloBuilder ConfigureMessaging(this ISiloBuilder builder, Action<MessagingOptions> configure)
    {
        builder.Services.Configure(configure);
        return builder;
    }

    /// <summary>Sets idle collection.</summary>
    public static ISiloBuilder ConfigureGrainCollection(this ISiloBuilder builder, Action<GrainCollectionOptions> configure)
    {
        builder.Services.Configure(configure);
        return builder;
    }
}
