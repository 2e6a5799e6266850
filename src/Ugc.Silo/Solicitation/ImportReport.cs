using Ugc.Contracts.Solicitation;

namespace Ugc.Silo.Solicitation;

/// <summary>The answer of a feed import.</summary>
/// <param name="ImportId">The import's id (resume by sending the same file with it again).</param>
/// <param name="Lines">Lines of the file read.</param>
/// <param name="ResumedFromLine">Lines a previous upload of this import had stored already (skipped this time).</param>
/// <param name="Imported">What intake decided about the transactions stored by this upload.</param>
/// <param name="RejectedCount">Rows refused by this upload.</param>
/// <param name="Rejected">The refused rows with their line numbers (the first <see cref="TransactionImporter.MaxReportedErrors"/>).</param>
/// <param name="Completed">Whether the whole file is stored.</param>
public sealed record ImportReport(
    string ImportId, long Lines, long ResumedFromLine, IntakeSummary Imported, long RejectedCount, IReadOnlyList<RowError> Rejected, bool Completed);

/// <summary>A refused row of a feed file.</summary>
public sealed record RowError(long Line, string? OrderId, string Error);
