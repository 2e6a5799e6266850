using Ugc.Contracts.Solicitation;

namespace Ugc.Silo.Solicitation;

/// <summary><c>POST /admin/clients/{id}/solicitation/erasure</c>: the address whose transactions and pending sends go.</summary>
public sealed record AddressRequest(string? Email);

/// <summary><c>POST /admin/clients/{id}/solicitation/suppressions</c>: addresses the client's list adds.</summary>
public sealed record SuppressionRequest(IReadOnlyList<string>? Emails, string? Reason);

/// <summary>How many addresses were added to the suppression list, and how many were on it already.</summary>
public sealed record SuppressionResult(int Added, int AlreadySuppressed);

/// <summary>A client's solicitation report: the totals of the range and each day with counts.</summary>
public sealed record SolicitationReport(string ClientId, DateOnly From, DateOnly To, SolicitationCounts Totals, IReadOnlyList<SolicitationDayReport> Days);
