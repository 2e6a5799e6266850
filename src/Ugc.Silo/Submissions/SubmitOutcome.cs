using Ugc.Silo.Conversations;

namespace Ugc.Silo.Submissions;

/// <summary>What the write path decided: a receipt (Submit), nothing (Preview), or the API and field errors that block it.</summary>
public sealed record SubmitOutcome(SubmissionReceipt? Receipt, IReadOnlyList<ConversationsError> Errors, IReadOnlyList<FormFieldError> FieldErrors)
{
    public static SubmitOutcome Passed { get; } = new(null, [], []);

    public bool Blocked => Errors.Count > 0 || FieldErrors.Count > 0;

    public static SubmitOutcome Stored(SubmissionReceipt receipt) => new(receipt, [], []);

    public static SubmitOutcome Error(string code, string message) => new(null, [new ConversationsError(code, message)], []);

    public static SubmitOutcome FieldError(string field, string code, string message) => new(null, [], [new FormFieldError(field, code, message)]);
}
