using Ugc.Bench;
using Ugc.Bench.Storage;

// Plain harness: every suite measures its subject against a baseline in the same run, as ratios, because these
// machines are shared and absolute figures drift. Usage: dotnet run -c Release --project tests/Ugc.Bench -- [suite] [--quick]
var quick = args.Contains("--quick");
var suite = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "calls";
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
    case "solicitation":
        await Ugc.Bench.Solicitation.SolicitationBenchmarks.RunAsync(report, quick);
        break;
    default:
        Console.Error.WriteLine($"Unknown suite '{suite}'. Suites: calls, domain, storage, models, solicitation.");
        return 2;
}

report.Print();
return 0;
