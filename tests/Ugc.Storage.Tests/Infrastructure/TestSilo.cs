using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Ugc.Storage.Hosting;
using Ugc.Storage.Options;
using Ugc.Storage.Streams;
using Ugc.Testing;

namespace Ugc.Storage.Tests.Infrastructure;

/// <summary>
/// One silo in a plain host of this process, on 127.0.0.1 and free ports, with our storage on a backend: localhost
/// clustering unless the test configures its own. Delivery settings are lowered so retries take seconds.
/// </summary>
public sealed class TestSilo : IAsyncDisposable
{
    public const string StreamProvider = "test";
    public const string ServiceId = "ugc-storage-tests";

    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(20);

    private readonly IHost _host;
    private bool _stopped;

    private TestSilo(IHost host, TestLog log)
    {
        _host = host;
        Log = log;
    }

    public IServiceProvider Services => _host.Services;

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    public IStreamQueueMonitor Monitor => _host.Services.GetRequiredKeyedService<IStreamQueueMonitor>(StreamProvider);

    /// <summary>Warnings and errors the silo logged.</summary>
    public TestLog Log { get; }

    public Orleans.Streams.IAsyncStream<TestEvent> Stream(string key) =>
        _host.Services.GetRequiredKeyedService<Orleans.Streams.IStreamProvider>(StreamProvider)
            .GetStream<TestEvent>(StreamId.Create(TestEvent.Namespace, key));

    /// <summary>Builds and starts a silo.</summary>
    /// <param name="backend">Where its storage lives.</param>
    /// <param name="configure">Changes to the storage options after the test defaults.</param>
    /// <param name="clustering">Configures clustering and endpoints instead of localhost clustering on free ports.</param>
    /// <param name="silo">Any further silo configuration.</param>
    public static async Task<TestSilo> StartAsync(StorageBackend backend, Action<UgcStorageOptions>? configure = null,
        Action<ISiloBuilder>? clustering = null, Action<ISiloBuilder>? silo = null, CancellationToken cancellationToken = default)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        var log = new TestLog();
        builder.Logging.ClearProviders().AddProvider(log).SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleans(orleans =>
        {
            if (clustering is null)
            {
                orleans.UseLocalhostClustering(FreePorts.Next(), FreePorts.Next(), serviceId: ServiceId, clusterId: "local");
            }
            else
            {
                clustering(orleans);
            }

            orleans.AddUgcStorage(o =>
            {
                backend.Configure(o);
                o.StreamProviders = [StreamProvider];
                o.QueueCount = 4;
                o.MaxEventDeliveryTime = TimeSpan.FromSeconds(1);
                o.MaxDeliveryAttempts = 2;
                o.VisibilityTimeout = TimeSpan.FromSeconds(10);
                configure?.Invoke(o);
            });
            orleans.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = TimeSpan.FromSeconds(1));
            silo?.Invoke(orleans);
        });
        var host = builder.Build();
        try
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(TimeSpan.FromSeconds(60));
            await host.StartAsync(deadline.Token);
        }
        catch
        {
            host.Dispose();
            throw;
        }

        return new TestSilo(host, log);
    }

    /// <summary>Stops the silo gracefully (bounded in time).</summary>
    public async Task StopAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        using var deadline = new CancellationTokenSource(StopTimeout);
        await _host.StopAsync(deadline.Token);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        finally
        {
            _host.Dispose();
            if (Environment.GetEnvironmentVariable("UGC_TEST_LOG_DIR") is { Length: > 0 } dir)
            {
                Directory.CreateDirectory(dir);
                await File.WriteAllLinesAsync(Path.Combine(dir, $"silo-{Guid.NewGuid():N}.log"), Log.Entries);
            }
        }
    }
}
