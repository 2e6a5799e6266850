namespace Ugc.Silo.Dashboard;

/// <summary>An operator's decision on held content.</summary>
public sealed record DecisionRequest(bool Approve, string? Reason);
