namespace Ugc.Silo.Dashboard;

/// <summary>A silo of the membership view as this silo sees it.</summary>
public sealed record SiloRow(string Address, string Status, bool IsSelf);
