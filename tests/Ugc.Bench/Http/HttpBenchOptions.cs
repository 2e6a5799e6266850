using System.Globalization;

namespace Ugc.Bench.Http;

/// <summary>
/// Settings of the http suite: <c>--quick</c> (a small catalog and 3 s runs), <c>--duration=S</c>, <c>--rounds=N</c>,
/// <c>--products=N</c>, <c>--reviews=N</c>, <c>--only=reads|writes</c>.
/// </summary>
internal sealed record HttpBenchOptions(
    bool Quick, TimeSpan Duration, int Rounds, int Products, int Reviews, int HotProducts, int HotReviews, int Connections, bool Reads, bool Writes)
{
    public static HttpBenchOptions From(string[] args)
    {
        var quick = args.Contains("--quick");
        string? Value(string name) => args.FirstOrDefault(a => a.StartsWith($"--{name}=", StringComparison.Ordinal))?[(name.Length + 3)..];
        int Int(string name, int fallback) => Value(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
        var only = Value("only");
        return new HttpBenchOptions(
            quick,
            TimeSpan.FromSeconds(Int("duration", quick ? 3 : 10)),
            Int("rounds", quick ? 1 : 2),
            Int("products", quick ? 200 : 2000),
            Int("reviews", quick ? 4000 : 50_000),
            Int("hot", quick ? 2 : 10),
            Int("hot-reviews", quick ? 600 : 1000),
            Int("connections", 32),
            only is null or "reads",
            only is null or "writes");
    }
}
