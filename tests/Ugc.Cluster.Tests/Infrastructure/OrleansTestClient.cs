using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.Runtime;
using Ugc.Contracts.Catalog;

namespace Ugc.Cluster.Tests.Infrastructure;

/// <summary>
/// An Orleans client of the cluster under test (gateways found in the PostgreSQL membership table), used only to
/// ask where grains live and how many activations each silo holds; the load itself goes over HTTP.
/// </summary>
public sealed class OrleansTestClient : IAsyncDisposable
{
    private readonly IHost _host;

    private OrleansTestClient(IHost host) => _host = host;

    private IClusterClient Client => _host.Services.GetRequiredService<IClusterClient>();

    private IManagementGrain Management => Client.GetGrain<IManagementGrain>(0);

    public static async Task<OrleansTestClient> ConnectAsync(string connectionString)
    {
        var host = new HostBuilder()
            .UseOrleansClient(client =>
            {
                client.UseAdoNetClustering(o =>
                {
                    o.Invariant = "Npgsql";
                    o.ConnectionString = connectionString;
                });
                client.Configure<ClusterOptions>(o =>
                {
                    o.ClusterId = "cluster-tests";
                    o.ServiceId = "ugc";
                });
            })
            .Build();
        await host.StartAsync();
        return new OrleansTestClient(host);
    }

    /// <summary>The silo port each product grain of <paramref name="tenant"/> is active on (products not active are left out).</summary>
    public async Task<IReadOnlyDictionary<string, int>> ProductPlacementAsync(Tenant tenant)
    {
        var placement = new Dictionary<string, int>();
        foreach (var product in tenant.Products)
        {
            var address = await Management.GetActivationAddress(Client.GetGrain<IProductGrain>($"{tenant.ClientId}/{product}"));
            if (address is not null)
            {
                placement[product] = address.Endpoint.Port;
            }
        }

        return placement;
    }

    /// <summary>Activations of grain classes whose name contains <paramref name="typeName"/>, by silo port.</summary>
    public async Task<IReadOnlyDictionary<int, int>> ActivationsAsync(string typeName)
    {
        var statistics = await Management.GetSimpleGrainStatistics();
        return statistics.Where(s => s.GrainType.Contains(typeName, StringComparison.OrdinalIgnoreCase))
            .GroupBy(s => s.SiloAddress.Endpoint.Port)
            .ToDictionary(g => g.Key, g => g.Sum(s => s.ActivationCount));
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _host.StopAsync(TimeSpan.FromSeconds(10));
        }
        finally
        {
            _host.Dispose();
        }
    }
}
