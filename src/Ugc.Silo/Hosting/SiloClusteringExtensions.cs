using System.Net;
using System.Net.Sockets;
using Azure.Data.Tables;
using Orleans.Configuration;
using Ugc.Storage.Hosting;

namespace Ugc.Silo.Hosting;

/// <summary>Membership and endpoints by <c>Ugc:Cluster</c>: one loopback silo, or a cluster on PostgreSQL or Azure Table.</summary>
public static class SiloClusteringExtensions
{
    /// <summary>The configuration section bound to Orleans' <see cref="ClusterMembershipOptions"/> (probe and vote timings).</summary>
    public const string LivenessSection = "Ugc:Cluster:Liveness";

    public static ISiloBuilder AddUgcClustering(this ISiloBuilder silo, UgcHostOptions options)
    {
        if (options.Membership == ClusterMembership.Localhost)
        {
            return silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort, serviceId: options.ServiceId, clusterId: options.ClusterId);
        }

        silo.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = options.ClusterId;
            o.ServiceId = options.ServiceId;
        });
        silo.Services.AddOptions<ClusterMembershipOptions>().BindConfiguration(LivenessSection);
        if (options.Kubernetes)
        {
            // Orleans' Kubernetes hosting advertises the pod's address and names the silo after the pod; we keep the ports.
            silo.UseKubernetesHosting();
            silo.Configure<EndpointOptions>(o =>
            {
                o.SiloPort = options.SiloPort;
                o.GatewayPort = options.GatewayPort;
            });
        }
        else
        {
            silo.ConfigureEndpoints(Advertised(options.AdvertisedAddress), options.SiloPort, options.GatewayPort);
        }

        return options.Membership switch
        {
            ClusterMembership.Postgres => silo.UseUgcPostgresClustering(options.PostgresConnectionString!),
            _ => silo.UseAzureStorageClustering(o => o.TableServiceClient = new TableServiceClient(options.AzureTableConnectionString)),
        };
    }

    /// <summary>An IP address as given, or the first IPv4 address of a host name (a container's service name, say).</summary>
    internal static IPAddress Advertised(string address)
    {
        if (IPAddress.TryParse(address, out var ip))
        {
            return ip;
        }

        var resolved = Dns.GetHostAddresses(address);
        return resolved.FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork) ?? resolved.FirstOrDefault()
            ?? throw new InvalidOperationException($"Ugc:Cluster:AdvertisedAddress '{address}' resolves to no address.");
    }
}
