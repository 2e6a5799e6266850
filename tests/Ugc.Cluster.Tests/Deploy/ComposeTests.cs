using System.Diagnostics;
using Xunit.Abstractions;

namespace Ugc.Cluster.Tests.Deploy;

/// <summary>deploy/compose: three silos and PostgreSQL, whose settings are keys the host reads.</summary>
[Trait("Category", "Deploy")]
public sealed class ComposeTests(ITestOutputHelper output)
{
    private static readonly string Folder = Path.Combine(Yaml.RepositoryRoot, "deploy", "compose");

    private static Dictionary<object, object> Services(string file) =>
        Yaml.Map(Yaml.At(Yaml.Documents(Path.Combine(Folder, file)).Single(), "services"), "services");

    [Fact]
    public void Compose_runs_three_silos_on_postgres_membership_each_reachable_at_its_own_name()
    {
        var services = Services("docker-compose.yml");
        var silos = services.Where(s => ((string)s.Key).StartsWith("silo", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, silos.Count);
        Assert.Contains("postgres", services.Keys.Cast<string>());
        foreach (var (name, silo) in silos)
        {
            var environment = Yaml.Map(Yaml.At(silo, "environment"), $"{name}.environment");
            Assert.Equal("postgres", environment["Ugc__Cluster__Membership"]);
            Assert.Equal("postgres", environment["Ugc__Storage__Provider"]);
            Assert.Equal(name, environment["Ugc__Cluster__AdvertisedAddress"]);
            Assert.Equal(name, Yaml.Text(silo, "hostname"));
            Assert.Equal("http://0.0.0.0:8080", environment["ASPNETCORE_URLS"]);
            Assert.Contains("Host=postgres;", (string)environment["ConnectionStrings__Postgres"], StringComparison.Ordinal);
        }

        var published = silos.Select(s => (string)Yaml.List(Yaml.At(s.Value, "ports"), "ports").Single()).ToList();
        Assert.Equal(3, published.Distinct().Count());
        Assert.All(published, p => Assert.EndsWith(":8080", p, StringComparison.Ordinal));
        Assert.Single(silos, s => (string)Yaml.Map(Yaml.At(s.Value, "environment"), "environment")["Ugc__Demo__Seed"] == "true");
    }

    [Fact]
    public void Every_environment_key_of_the_compose_silos_is_one_the_host_reads()
    {
        var keys = Services("docker-compose.yml").Where(s => ((string)s.Key).StartsWith("silo", StringComparison.Ordinal))
            .SelectMany(s => Yaml.Map(Yaml.At(s.Value, "environment"), "environment").Keys.Cast<string>()).Distinct().ToList();
        Assert.False(HostConfiguration.ReadsVariable("Ugc__Cluster__NoSuchKey"), "The recording check accepts a key the host does not read.");
        var unread = keys.Where(k => !HostConfiguration.ReadsVariable(k)).ToList();
        Assert.True(unread.Count == 0, $"The compose file sets keys the host never reads: {string.Join(", ", unread)}.");
        output.WriteLine($"{keys.Count} keys, all read by the host: {string.Join(", ", keys)}");
    }

    [Fact]
    public void The_collector_overlay_only_adds_the_OTLP_endpoint_to_the_silos()
    {
        var services = Services("docker-compose.otel.yml");
        Assert.Contains("otel-collector", services.Keys.Cast<string>());
        var keys = services.Where(s => ((string)s.Key).StartsWith("silo", StringComparison.Ordinal))
            .SelectMany(s => Yaml.Map(Yaml.At(s.Value, "environment"), "environment").Keys.Cast<string>()).Distinct().ToList();
        // The OpenTelemetry exporter's standard variable: read by OpenTelemetry's OTLP exporter, not by our configuration.
        Assert.Equal(["OTEL_EXPORTER_OTLP_ENDPOINT"], keys);
    }

    [Fact]
    public async Task Docker_compose_accepts_the_files_when_it_is_installed()
    {
        var program = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, "docker-compose")).FirstOrDefault(File.Exists);
        if (program is null)
        {
            output.WriteLine("docker-compose is not installed: only the YAML checks ran (.ci/run installs Debian's docker-compose).");
            return;
        }

        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = Yaml.RepositoryRoot };
        foreach (var argument in new[] { "-f", "deploy/compose/docker-compose.yml", "-f", "deploy/compose/docker-compose.otel.yml", "config", "--quiet" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["POSTGRES_PASSWORD"] = "compose-config-check";
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(deadline.Token);
        Assert.True(process.ExitCode == 0, $"docker-compose config failed: {await errors}");
    }
}
