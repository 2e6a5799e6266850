using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text;
using Ugc.Testing;

namespace Ugc.Cluster.Tests.Infrastructure;

/// <summary>
/// One real silo process (<c>dotnet Ugc.Silo.dll</c>) configured by environment variables only, as an operator
/// would run it, on free loopback ports and a throwaway working folder. Disposing kills it if it still runs.
/// </summary>
public sealed class SiloProcess : IAsyncDisposable
{
    private const int KeptOutputChars = 64_000;

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly string _folder;

    private SiloProcess(string name, Process process, string folder, int httpPort, int siloPort, int gatewayPort)
    {
        Name = name;
        _process = process;
        _folder = folder;
        HttpPort = httpPort;
        SiloPort = siloPort;
        GatewayPort = gatewayPort;
        BaseAddress = new Uri($"http://127.0.0.1:{httpPort}");
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>The built Ugc.Silo.dll of this configuration (the project references the host for the build only).</summary>
    public static string HostPath => typeof(SiloProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "SiloPath").Value!;

    public string Name { get; }

    public int HttpPort { get; }

    public int SiloPort { get; }

    public int GatewayPort { get; }

    public Uri BaseAddress { get; }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>What the silo wrote to stdout and stderr (the last 64 000 characters), for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts a silo with <paramref name="environment"/> on top of a clean environment; ports are free ones unless given.</summary>
    public static SiloProcess Start(string name, IReadOnlyDictionary<string, string> environment, int? httpPort = null, int? siloPort = null, int? gatewayPort = null)
    {
        Assert.True(File.Exists(HostPath), $"The silo is not built at {HostPath}.");
        var http = httpPort ?? FreePorts.Next();
        var silo = siloPort ?? FreePorts.Next();
        var gateway = gatewayPort ?? FreePorts.Next();
        var folder = Path.Combine(Path.GetTempPath(), "ugc-silo-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(HostPath);
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("Ugc__", StringComparison.Ordinal)
                     || k.StartsWith("ConnectionStrings__", StringComparison.Ordinal) || k.StartsWith("ASPNETCORE_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{http}";
        start.Environment["Ugc__Cluster__SiloPort"] = silo.ToString(CultureInfo.InvariantCulture);
        start.Environment["Ugc__Cluster__GatewayPort"] = gateway.ToString(CultureInfo.InvariantCulture);
        start.Environment["Ugc__DataDirectory"] = Path.Combine(folder, "data");
        // Four silos and PostgreSQL share two cores: workstation GC keeps each process small.
        start.Environment["DOTNET_gcServer"] = "0";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        return new SiloProcess(name, process, folder, http, silo, gateway);
    }

    /// <summary>Polls <c>/health</c> until the silo answers healthy (it is an active member and its storage answers).</summary>
    public async Task WaitHealthyAsync(HttpClient http, TimeSpan timeout)
    {
        await Poll.UntilAsync(async () =>
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Silo {Name} exited with {_process.ExitCode} while starting:\n{Tail()}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(BaseAddress, "/health"));
                return response.IsSuccessStatusCode;
            }
            catch (HttpRequestException)
            {
                return false;
            }
            catch (TaskCanceledException)
            {
                return false;
            }
        }, $"silo {Name} answers /health with 200", timeout);
    }

    /// <summary>SIGKILL: the process dies at once, with no chance to leave the cluster.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    /// <summary>SIGTERM: a graceful stop (the HTTP server drains, then the silo leaves the cluster and hands its grains over).</summary>
    public void Terminate()
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false })
            ?? throw new InvalidOperationException("kill did not start.");
        kill.WaitForExit();
        Assert.Equal(0, kill.ExitCode);
    }

    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(deadline.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>The last part of the output, for failure messages.</summary>
    public string Tail(int chars = 6000)
    {
        var output = Output;
        return output.Length <= chars ? output : output[^chars..];
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        TempFolder.TryDelete(_folder);
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
            if (_output.Length > KeptOutputChars)
            {
                _output.Remove(0, _output.Length - KeptOutputChars);
            }
        }
    }
}
