namespace Ugc.Silo.Dashboard;

/// <summary>A tenant as the Clients page shows it.</summary>
/// <param name="Content">Moderated content by outcome over the days the client keeps (approved, rejected, held…).</param>
public sealed record ClientRow(
    string Id,
    string Name,
    string Kind,
    int Products,
    IReadOnlyDictionary<string, long> Content,
    IReadOnlyList<string> SyndicatesTo,
    IReadOnlyList<string> ReceivesFrom,
    int ActiveKeys);
