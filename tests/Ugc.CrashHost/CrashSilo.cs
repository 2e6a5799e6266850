using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Ugc.Storage.Hosting;
using Ugc.Storage.Options;
using Ugc.Testing;

namespace Ugc.CrashHost;

/// <summary>One silo on the database under test, with our storage: the same service in every run, so restarts see its data.</summary>
internal static class CrashSilo
{
    public const string StreamProvider = "crash";
    public const string StreamNamespace = "crash";
    public const int StreamCount = 4;

    public static IHost Build(UgcStorageProvider provider, string database, bool produceOnly)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        // stdout carries the protocol lines; diagnostics go to stderr.
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(FreePorts.Next(), FreePorts.Next(), serviceId: "ugc-crash", clusterId: "ugc-crash");
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

                o.StreamProviders = [StreamProvider];
                o.QueueCount = StreamCount;
            });
            if (produceOnly)
            {
                // The producer never consumes: every event it appends waits for the consumer run.
                silo.Services.Configure<StreamLifecycleOptions>(StreamProvider, o => o.StartupState = StreamLifecycleOptions.RunState.Initialized);
            }
        });
        return builder.Build();
    }
}
