using System.Diagnostics;

namespace Ugc.Cluster.Tests.Deploy;

/// <summary>
/// Runs only where kubectl can reach an API server: its client dry run still asks the server which kinds exist.
/// Elsewhere (CI has no cluster) the manifests are checked by the YAML tests alone.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class KubectlFactAttribute : FactAttribute
{
    public KubectlFactAttribute()
    {
        Skip = Reachable() ? null : "kubectl is missing or reaches no Kubernetes API server (its --dry-run=client needs one for discovery).";
    }

    private static bool Reachable()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("kubectl", ["version", "--request-timeout=3s"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (process is null || !process.WaitForExit(10_000))
            {
                return false;
            }

            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
