using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Hosting.Kubernetes;
using Ugc.Silo.Hosting;

namespace Ugc.Cluster.Tests.Deploy;

/// <summary>The configuration keys the host reads, found by registering it (as <c>Program</c> does) over a recording source.</summary>
public static class HostConfiguration
{
    /// <summary>Variables Orleans' Kubernetes hosting reads from the environment itself (not through configuration).</summary>
    public static IReadOnlySet<string> KubernetesHostingVariables { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        KubernetesHostingOptions.PodNameEnvironmentVariable,
        KubernetesHostingOptions.PodNamespaceEnvironmentVariable,
        KubernetesHostingOptions.PodIPEnvironmentVariable,
        KubernetesHostingOptions.ServiceIdEnvironmentVariable,
        KubernetesHostingOptions.ClusterIdEnvironmentVariable,
    };

    private static readonly Lazy<RecordingConfigurationSource> Recorded = new(Record);

    /// <summary>Whether the host reads the environment variable <paramref name="name"/> (<c>A__B</c> is the key <c>A:B</c>; <c>ASPNETCORE_X</c> is <c>X</c>).</summary>
    public static bool ReadsVariable(string name)
    {
        var key = name.StartsWith("ASPNETCORE_", StringComparison.Ordinal) ? name["ASPNETCORE_".Length..] : name.Replace("__", ":", StringComparison.Ordinal);
        return Recorded.Value.Reads(key);
    }

    private static RecordingConfigurationSource Record()
    {
        var recorder = new RecordingConfigurationSource();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
        // The cluster branch of the host's registration, which reads every cluster key; nothing is started.
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Ugc:Storage:Provider"] = "postgres",
            ["ConnectionStrings:Postgres"] = "Host=127.0.0.1;Username=nobody;Database=none",
            ["Ugc:Cluster:Membership"] = "postgres",
        });
        ((IConfigurationBuilder)builder.Configuration).Add(recorder);
        builder.AddUgcHost();
        using var app = builder.Build();
        // Options bound from sections are read when first resolved, as at the silo's start.
        _ = app.Services.GetRequiredService<IOptions<ClusterMembershipOptions>>().Value;
        _ = app.Services.GetRequiredService<IOptions<Ugc.Storage.Options.UgcStorageOptions>>().Value;
        _ = app.Services.GetRequiredService<IOptions<Ugc.Silo.Gateway.GatewayOptions>>().Value;
        _ = app.Services.GetRequiredService<IHostEnvironment>();
        return recorder;
    }
}
