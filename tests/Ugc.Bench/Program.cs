using Ugc.Bench.Http;
using Ugc.Bench.Storage;

namespace Ugc.Bench;

/// <summary>
/// Plain harness: every suite measures its subject against a baseline in the same run, as ratios, because these
/// machines are shared and absolute figures drift. Usage: <c>dotnet run -c Release --project tests/Ugc.Bench -- [suite] [--quick]</c>.
/// The http suite also starts this program as its baselines' servers (<c>serve-ceiling</c>, <c>serve-database</c>).
/// </summary>
internal static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        var quick = args.Contains("--quick");
        var suite = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "calls";
        switch (suite)
        {
            case CeilingServer.Mode:
                await CeilingServer.RunAsync(args[1..]);
                return 0;
            case DatabasePageServer.Mode:
                await DatabasePageServer.RunAsync(args[1..]);
                return 0;
        }

        var report = new Report();
        report.Header(suite, quick);
        switch (suite)
        {
            case "calls":
                await CallBenchmarks.RunAsync(report, quick);
                break;
            case "domain":
                DomainBenchmarks.Run(report, quick);
                break;
            case "storage":
                await StorageBenchmarks.RunAsync(report, quick);
                break;
            case "models":
                ModelBenchmarks.Run(report);
                break;
            case "memory":
                await ActivationMemoryBenchmarks.RunAsync(report, quick);
                break;
            case "http":
                await HttpBenchmarks.RunAsync(report, HttpBenchOptions.From(args));
                break;
            case "solicitation":
                await Solicitation.SolicitationBenchmarks.RunAsync(report, quick);
                break;
            default:
                await Console.Error.WriteLineAsync($"Unknown suite '{suite}'. Suites: calls, domain, storage, models, memory, http, solicitation.");
                return 2;
        }

        report.Print();
        return 0;
    }
}
