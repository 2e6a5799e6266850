using Ugc.Silo.Conversations;

namespace Ugc.Silo.Solicitation;

/// <summary>The answer of <c>POST /data/transactions</c>: the batch counted by outcome, and the orders refused.</summary>
public sealed record TransactionsResponse(
    bool HasErrors,
    IReadOnlyList<ConversationsError> Errors,
    int Received,
    int Scheduled,
    int Duplicates,
    int Suppressed,
    int Ineligible,
    int Stale,
    int Disabled,
    IReadOnlyList<TransactionRejection> Rejected);

/// <summary>An order of the batch that was refused: its index in the batch, its id if it had one, and why.</summary>
public sealed record TransactionRejection(int Index, string? OrderId, string Error);
