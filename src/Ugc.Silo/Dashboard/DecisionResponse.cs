namespace Ugc.Silo.Dashboard;

/// <summary>The content's status after the decision.</summary>
public sealed record DecisionResponse(string ContentId, string Status);
