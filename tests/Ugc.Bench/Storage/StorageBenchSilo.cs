using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Ugc.Storage.Hosting;
using Ugc.Storage.Options;
using Ugc.Testing;

namespace Ugc.Bench.Storage;

/// <summary>A single silo on the benchmark database with our storage, scoped to one service id.</summary>
internal static class StorageBenchSilo
{
    public const string Provider = "bench";
    public const string Namespace = "bench";

    /// <summary>Starts a silo; a producer-only silo starts no pulling agents, so appends are measured alone.</summary>
    public static async Task<IHost> StartAsync(UgcStorageProvider provider, string database, string serviceId, bool producerOnly)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.AddConsole().SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(FreePorts.Next(), FreePorts.Next(), serviceId: serviceId, clusterId: serviceId);
            silo.AddUgcStorage(o =>
            {
                o.Provider = provider;
                if (provider == UgcStorageProvider.Sqlite)
                {
                    o.DataDirectory = database;
                }
                else
                {
                    o.ConnectionString = database;
                }

                o.StreamProviders = [Provider];
            });
            if (producerOnly)
            {
                silo.Services.Configure<StreamLifecycleOptions>(Provider, o => o.StartupState = StreamLifecycleOptions.RunState.Initialized);
            }
        });
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }
}
