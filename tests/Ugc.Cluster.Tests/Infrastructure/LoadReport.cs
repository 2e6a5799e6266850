using System.Globalization;

namespace Ugc.Cluster.Tests.Infrastructure;

/// <summary>Figures of a load around an event (a kill, a stop, an outage), for the test output and docs/RELIABILITY.md.</summary>
public static class LoadReport
{
    /// <summary>The first successful write and read of <paramref name="product"/> that started after <paramref name="since"/>, as delays from it.</summary>
    public static (TimeSpan? Write, TimeSpan? Read) FirstSuccess(IEnumerable<Attempt> attempts, string product, DateTimeOffset since)
    {
        var after = attempts.Where(a => a.Product == product && a.Outcome == AttemptOutcome.Succeeded && a.Started >= since).ToList();
        return (after.Where(a => a.Write).Select(a => a.Ended - since).DefaultIfEmpty().Min() is var w && w > TimeSpan.Zero ? w : null,
            after.Where(a => !a.Write).Select(a => a.Ended - since).DefaultIfEmpty().Min() is var r && r > TimeSpan.Zero ? r : null);
    }

    /// <summary>Counts of writes by outcome in a window (by start time), with the refusals' and failures' details.</summary>
    public static string Window(IEnumerable<Attempt> attempts, DateTimeOffset from, DateTimeOffset to, string name)
    {
        var writes = attempts.Where(a => a.Write && a.Started >= from && a.Started < to).ToList();
        var reads = attempts.Where(a => !a.Write && a.Started >= from && a.Started < to).ToList();
        var details = writes.Concat(reads).Where(a => a.Outcome != AttemptOutcome.Succeeded).GroupBy(a => $"{a.Outcome} {a.Detail}")
            .OrderByDescending(g => g.Count()).Take(4).Select(g => $"{g.Count()}x {Shorten(g.Key)}");
        return string.Create(CultureInfo.InvariantCulture,
            $"{name} ({(to - from).TotalSeconds:F1} s): writes {Count(writes, AttemptOutcome.Succeeded)} acknowledged, {Count(writes, AttemptOutcome.Refused)} refused, "
            + $"{Count(writes, AttemptOutcome.Unanswered)} unanswered; reads {Count(reads, AttemptOutcome.Succeeded)} ok, {Count(reads, AttemptOutcome.Refused)} refused, "
            + $"{Count(reads, AttemptOutcome.Unanswered)} unanswered. {string.Join("; ", details)}");
    }

    private static int Count(List<Attempt> attempts, AttemptOutcome outcome) => attempts.Count(a => a.Outcome == outcome);

    private static string Shorten(string text) => text.Length <= 140 ? text : text[..140] + "…";
}
