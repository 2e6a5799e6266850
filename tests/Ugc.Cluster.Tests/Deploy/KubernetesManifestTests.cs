using System.Diagnostics;
using Xunit.Abstractions;

namespace Ugc.Cluster.Tests.Deploy;

/// <summary>deploy/k8s: the kinds a silo Deployment needs, probes and ports that match the host, env names the host reads.</summary>
[Trait("Category", "Deploy")]
public sealed class KubernetesManifestTests(ITestOutputHelper output)
{
    private static readonly string Folder = Path.Combine(Yaml.RepositoryRoot, "deploy", "k8s");

    private static readonly IReadOnlyList<Dictionary<object, object>> Manifests =
        [.. Directory.GetFiles(Folder, "*.yaml").Order(StringComparer.Ordinal).SelectMany(Yaml.Documents)];

    private static Dictionary<object, object> Kind(string kind) => Manifests.Single(m => (string)m["kind"] == kind);

    private static Dictionary<object, object> Container =>
        Yaml.Map(Yaml.List(Yaml.At(Kind("Deployment"), "spec", "template", "spec", "containers"), "containers").Single(), "container");

    private static Dictionary<string, int> ContainerPorts => Yaml.List(Container["ports"], "ports")
        .Select(p => Yaml.Map(p, "port")).ToDictionary(p => (string)p["name"], p => int.Parse((string)p["containerPort"], System.Globalization.CultureInfo.InvariantCulture));

    private static List<Dictionary<object, object>> Env => [.. Yaml.List(Container["env"], "env").Select(e => Yaml.Map(e, "env"))];

    [Fact]
    public void The_manifests_hold_a_deployment_a_service_a_secret_a_disruption_budget_and_the_hosting_role()
    {
        var kinds = Manifests.Select(m => (string)m["kind"]).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["Deployment", "PodDisruptionBudget", "Role", "RoleBinding", "Secret", "Service", "ServiceAccount"], kinds);
        Assert.All(Manifests, m => Assert.False(string.IsNullOrEmpty(Yaml.Text(m, "metadata", "name"))));
    }

    [Fact]
    public void The_probes_use_the_health_endpoints_on_the_http_port_the_host_listens_on()
    {
        Assert.Equal("/health", Yaml.Text(Container, "livenessProbe", "httpGet", "path"));
        Assert.Equal("/health/ready", Yaml.Text(Container, "readinessProbe", "httpGet", "path"));
        Assert.Equal("http", Yaml.Text(Container, "livenessProbe", "httpGet", "port"));
        Assert.Equal("http", Yaml.Text(Container, "readinessProbe", "httpGet", "port"));
        var urls = new Uri((string)Env.Single(e => (string)e["name"] == "ASPNETCORE_URLS")["value"]);
        Assert.Equal(ContainerPorts["http"], urls.Port);
        Assert.Equal(ContainerPorts["silo"].ToString(System.Globalization.CultureInfo.InvariantCulture), Env.Single(e => (string)e["name"] == "Ugc__Cluster__SiloPort")["value"]);
        Assert.Equal(ContainerPorts["gateway"].ToString(System.Globalization.CultureInfo.InvariantCulture), Env.Single(e => (string)e["name"] == "Ugc__Cluster__GatewayPort")["value"]);
    }

    [Fact]
    public void Every_env_name_is_read_by_the_host_or_by_Orleans_Kubernetes_hosting()
    {
        var names = Env.Select(e => (string)e["name"]).ToList();
        var unread = names.Where(n => !HostConfiguration.ReadsVariable(n) && !HostConfiguration.KubernetesHostingVariables.Contains(n)).ToList();
        Assert.True(unread.Count == 0, $"The Deployment sets variables nobody reads: {string.Join(", ", unread)}.");
        Assert.Subset(names.ToHashSet(), HostConfiguration.KubernetesHostingVariables.ToHashSet());
        Assert.Equal("true", Env.Single(e => (string)e["name"] == "Ugc__Cluster__Kubernetes")["value"]);
        output.WriteLine($"{names.Count} variables: {string.Join(", ", names)}");
    }

    [Fact]
    public void The_connection_comes_from_the_secret_and_the_selectors_match_the_pods()
    {
        var secretRefs = Env.Where(e => e.ContainsKey("valueFrom") && Yaml.Map(e["valueFrom"], "valueFrom").ContainsKey("secretKeyRef"))
            .Select(e => (Name: (string)e["name"], Ref: Yaml.Map(Yaml.At(e, "valueFrom", "secretKeyRef"), "secretKeyRef"))).ToList();
        var secret = Kind("Secret");
        var connection = secretRefs.Single(r => r.Name == "ConnectionStrings__Postgres").Ref;
        Assert.Equal(Yaml.Text(secret, "metadata", "name"), connection["name"]);
        Assert.True(Yaml.Map(secret["stringData"], "stringData").ContainsKey(connection["key"]), "The Secret lacks the connection's key.");
        Assert.All(secretRefs.Where(r => r.Name != "ConnectionStrings__Postgres"), r => Assert.Equal("true", r.Ref["optional"]));

        var podLabels = Yaml.Map(Yaml.At(Kind("Deployment"), "spec", "template", "metadata", "labels"), "labels");
        Assert.Contains("orleans/serviceId", podLabels.Keys.Cast<string>());
        Assert.Contains("orleans/clusterId", podLabels.Keys.Cast<string>());
        foreach (var selector in new[]
                 {
                     Yaml.Map(Yaml.At(Kind("Service"), "spec", "selector"), "selector"),
                     Yaml.Map(Yaml.At(Kind("PodDisruptionBudget"), "spec", "selector", "matchLabels"), "matchLabels"),
                     Yaml.Map(Yaml.At(Kind("Deployment"), "spec", "selector", "matchLabels"), "matchLabels"),
                 })
        {
            Assert.All(selector, label => Assert.Equal(label.Value, podLabels[label.Key]));
        }

        var servicePort = Yaml.Map(Yaml.List(Yaml.At(Kind("Service"), "spec", "ports"), "ports").Single(), "port");
        Assert.Contains((string)servicePort["targetPort"], ContainerPorts.Keys);
        Assert.Equal(Yaml.Text(Kind("ServiceAccount"), "metadata", "name"), Yaml.Text(Kind("Deployment"), "spec", "template", "spec", "serviceAccountName"));
    }

    [KubectlFact]
    public async Task Kubectl_accepts_the_manifests_in_a_client_dry_run()
    {
        var start = new ProcessStartInfo("kubectl") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "apply", "--dry-run=client", "-o", "name", "-f", Folder })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var names = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"kubectl apply --dry-run=client failed: {await errors}");
        output.WriteLine(names);
    }
}
