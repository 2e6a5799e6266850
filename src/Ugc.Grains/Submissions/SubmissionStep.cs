using Ugc.Contracts.Submissions;

namespace Ugc.Grains.Submissions;

/// <summary>What one stage of the write path decided: passed, stored, or refused with request-level or field errors.</summary>
internal sealed record SubmissionStep(
    IReadOnlyList<SubmissionError> Errors,
    IReadOnlyList<SubmissionFieldError> FieldErrors,
    SubmissionAcknowledgement? Acknowledgement,
    string? BlockedBy = null)
{
    public static SubmissionStep Passed { get; } = new([], [], null);

    public bool Refused => Errors.Count > 0 || FieldErrors.Count > 0;

    public static SubmissionStep Stored(SubmissionAcknowledgement acknowledgement) => new([], [], acknowledgement);

    public static SubmissionStep Error(string code, string message, string? blockedBy = null) => new([new(code, message)], [], null, blockedBy);

    public static SubmissionStep FieldError(string field, string code, string message, string? blockedBy = null) =>
        new([], [new(field, code, message)], null, blockedBy);
}
