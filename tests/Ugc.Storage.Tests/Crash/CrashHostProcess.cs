using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Threading.Channels;

namespace Ugc.Storage.Tests.Crash;

/// <summary>
/// A running Ugc.CrashHost child: its stdout lines arrive on a channel as they are written, stderr is kept for
/// failure messages, and disposing kills it if it is still running.
/// </summary>
internal sealed class CrashHostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();
    private readonly StringBuilder _errors = new();
    private readonly Task _readOut;
    private readonly Task _readErr;

    private CrashHostProcess(Process process)
    {
        _process = process;
        _readOut = Task.Run(async () =>
        {
            while (await process.StandardOutput.ReadLineAsync() is { } line)
            {
                _lines.Writer.TryWrite(line);
            }

            _lines.Writer.TryComplete();
        });
        _readErr = Task.Run(async () =>
        {
            while (await process.StandardError.ReadLineAsync() is { } line)
            {
                lock (_errors)
                {
                    _errors.AppendLine(line);
                }
            }
        });
    }

    /// <summary>The built Ugc.CrashHost.dll of this configuration (the test project references the host project for the build).</summary>
    public static string HostPath => typeof(CrashHostProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "CrashHostPath").Value!;

    public string Errors
    {
        get
        {
            lock (_errors)
            {
                return _errors.ToString();
            }
        }
    }

    public static CrashHostProcess Start(string provider, string database, string mode)
    {
        Assert.True(File.Exists(HostPath), $"The crash host is not built at {HostPath}.");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // The host exits when its stdin closes, so it never outlives the test run.
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { HostPath, provider, database, mode })
        {
            start.ArgumentList.Add(argument);
        }

        return new CrashHostProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start."));
    }

    /// <summary>Hands each stdout line to <paramref name="onLine"/> until it returns true; fails at the deadline or if the host exits first.</summary>
    public async Task ReadUntilAsync(Func<string, bool> onLine, string what, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            while (await _lines.Reader.WaitToReadAsync(deadline.Token))
            {
                while (_lines.Reader.TryRead(out var line))
                {
                    if (onLine(line))
                    {
                        return;
                    }
                }
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            throw new TimeoutException($"Timed out after {timeout.TotalSeconds:F0} s waiting until {what}. Host stderr:\n{Errors}");
        }

        throw new InvalidOperationException($"The crash host exited before {what}. Host stderr:\n{Errors}");
    }

    /// <summary>Kills the host with SIGKILL, waits for it to exit and hands every line it wrote before dying to <paramref name="onLine"/>.</summary>
    public async Task KillAndDrainAsync(Action<string> onLine, TimeSpan timeout)
    {
        Assert.False(_process.HasExited, $"The crash host exited before it was killed. Host stderr:\n{Errors}");
        _process.Kill();
        using var deadline = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(deadline.Token);
        await _readOut.WaitAsync(deadline.Token);
        while (_lines.Reader.TryRead(out var line))
        {
            onLine(line);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        await Task.WhenAll(_readOut, _readErr).WaitAsync(TimeSpan.FromSeconds(10));
        _process.Dispose();
    }
}
