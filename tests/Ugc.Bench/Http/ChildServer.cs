using System.Diagnostics;
using System.Text;

namespace Ugc.Bench.Http;

/// <summary>
/// A server process the http suite starts (the host, the ceiling app, the database baseline): output kept in memory
/// for a failure message, ready when a line or an HTTP probe says so, killed with its children on dispose.
/// </summary>
internal sealed class ChildServer : IAsyncDisposable
{
    /// <summary>What the bench's own servers print once they listen.</summary>
    public const string ReadyLine = "UGC-BENCH-READY";

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ChildServer(string name, Uri baseAddress, ProcessStartInfo info)
    {
        Name = name;
        BaseAddress = baseAddress;
        _process = new Process { StartInfo = info };
        DataReceivedEventHandler append = (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (_output)
            {
                // The host logs warnings at most; a bounded tail is enough to explain a failure.
                if (_output.Length > 200_000)
                {
                    _output.Remove(0, 100_000);
                }

                _output.AppendLine(e.Data);
            }

            if (e.Data.Contains(ReadyLine, StringComparison.Ordinal))
            {
                _ready.TrySetResult();
            }
        };
        _process.OutputDataReceived += append;
        _process.ErrorDataReceived += append;
    }

    public string Name { get; }

    public Uri BaseAddress { get; }

    public int ProcessId => _process.Id;

    /// <summary>Resident memory of the process now.</summary>
    public long WorkingSetBytes
    {
        get
        {
            _process.Refresh();
            return _process.WorkingSet64;
        }
    }

    /// <summary>
    /// Starts <c>dotnet DLL ARGS</c>. With <paramref name="probe"/>, ready once that path answers 2xx; without, once the
    /// process prints <see cref="ReadyLine"/>.
    /// </summary>
    public static async Task<ChildServer> StartAsync(
        string name, int port, string dll, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, string? probe, TimeSpan timeout)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        info.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var server = new ChildServer(name, new Uri($"http://127.0.0.1:{port}"), info);
        server._process.Start();
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        try
        {
            await server.WaitReadyAsync(probe, timeout);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }

        return server;
    }

    /// <summary>The last lines the process printed.</summary>
    public string Tail()
    {
        lock (_output)
        {
            var text = _output.ToString();
            return text.Length <= 6000 ? text : text[^6000..];
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            using var exit = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            try
            {
                await _process.WaitForExitAsync(exit.Token);
            }
            catch (OperationCanceledException)
            {
                // Left to the operating system; nothing else of the run depends on it.
            }
        }

        _process.Dispose();
    }

    private async Task WaitReadyAsync(string? probe, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        while (clock.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with {_process.ExitCode} while starting:\n{Tail()}");
            }

            if (probe is null ? _ready.Task.IsCompleted : await AnswersAsync(http, probe))
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"{Name} was not ready within {timeout.TotalSeconds:F0} s:\n{Tail()}");
    }

    private static async Task<bool> AnswersAsync(HttpClient http, string probe)
    {
        try
        {
            using var response = await http.GetAsync(probe);
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
    }
}
