using System.Diagnostics;
using System.Globalization;

namespace Ugc.Bench.Http;

/// <summary>
/// Drives a server with wrk (Debian's <c>wrk</c> package: <c>apt-get install wrk</c>): one thread, N connections, a
/// Lua script that picks each request from a file of paths (and, for a mix, posts a form every Nth request), and a
/// <c>done</c> hook that prints the counts and latency percentiles on one line.
/// </summary>
internal static class Wrk
{
    private const string ResultPrefix = "WRK-RESULT ";

    // Every subject runs the same script, so the generator's own cost is the same for all of them.
    private const string Script = """
        local paths = {}
        local bodies = {}
        local every = 0
        local post = nil
        local i = 0
        local w = 0
        init = function(args)
          for line in io.lines(args[1]) do paths[#paths + 1] = line end
          if args[2] ~= nil then
            every = tonumber(args[2])
            post = args[3]
            for line in io.lines(args[4]) do bodies[#bodies + 1] = line end
          end
        end
        request = function()
          i = i + 1
          if every > 0 and i % every == 0 then
            w = w + 1
            return wrk.format("POST", post, { ["Content-Type"] = "application/x-www-form-urlencoded" }, bodies[((w - 1) % #bodies) + 1])
          end
          return wrk.format("GET", paths[((i - 1) % #paths) + 1])
        end
        done = function(summary, latency, requests)
          local e = summary.errors
          io.write(string.format("WRK-RESULT %d %d %d %d %d %d %d\n", summary.requests, summary.duration, summary.bytes,
            latency:percentile(50), latency:percentile(99), e.status, e.connect + e.read + e.write + e.timeout))
        end
        """;

    /// <summary>Whether wrk is installed.</summary>
    public static bool Available => File.Exists("/usr/bin/wrk") || (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(':').Any(dir => File.Exists(Path.Combine(dir, "wrk")));

    /// <summary>Runs wrk against <paramref name="server"/> with the paths (and optional posted forms) given.</summary>
    public static async Task<WrkResult> RunAsync(Uri server, string workDirectory, IReadOnlyList<string> paths, int connections, TimeSpan duration,
        WrkWrites? writes = null)
    {
        var script = Path.Combine(workDirectory, "bench.lua");
        if (!File.Exists(script))
        {
            await File.WriteAllTextAsync(script, Script);
        }

        var pathFile = Path.Combine(workDirectory, $"paths-{Guid.NewGuid():N}.txt");
        await File.WriteAllLinesAsync(pathFile, paths);
        var info = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[]
        {
            "-t1", $"-c{connections}", $"-d{(int)Math.Ceiling(duration.TotalSeconds)}s", "--timeout", "10s", "-s", script,
            server.GetLeftPart(UriPartial.Authority), "--", pathFile,
        })
        {
            info.ArgumentList.Add(argument);
        }

        if (writes is not null)
        {
            var bodyFile = Path.Combine(workDirectory, $"bodies-{Guid.NewGuid():N}.txt");
            await File.WriteAllLinesAsync(bodyFile, writes.Bodies);
            info.ArgumentList.Add(writes.Every.ToString(CultureInfo.InvariantCulture));
            info.ArgumentList.Add(writes.Path);
            info.ArgumentList.Add(bodyFile);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("wrk did not start.");
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith(ResultPrefix, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"wrk printed no result (exit {process.ExitCode}): {output} {errors}");
        var n = line[ResultPrefix.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        return new WrkResult(n[0], n[1] / 1e6, n[2], n[3], n[4], n[5], n[6]);
    }
}

/// <summary>Form posts mixed into a read run: every <see cref="Every"/>th request posts the next body to <see cref="Path"/>.</summary>
internal sealed record WrkWrites(int Every, string Path, IReadOnlyList<string> Bodies);

/// <summary>What one wrk run measured: latencies in microseconds; failures are non-2xx/3xx answers and socket errors.</summary>
internal sealed record WrkResult(long Requests, double Seconds, long Bytes, double P50Microseconds, double P99Microseconds, long BadStatus, long SocketErrors)
{
    public double RequestsPerSecond => Requests / Seconds;

    public double BytesPerRequest => Requests == 0 ? 0 : (double)Bytes / Requests;
}
