namespace Ugc.Cluster.Tests.Infrastructure;

/// <summary>One HTTP request of a load: when, to which silo, for which product, and how it ended.</summary>
/// <param name="ContentId">The acknowledged submission's id (writes that were acknowledged only).</param>
/// <param name="Detail">The status and error codes of a refusal, or the transport error.</param>
public sealed record Attempt(
    bool Write, string Silo, string Product, DateTimeOffset Started, DateTimeOffset Ended, AttemptOutcome Outcome, string? ContentId, string? Detail)
{
    public TimeSpan Latency => Ended - Started;
}
