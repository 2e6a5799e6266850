using System.Diagnostics.CodeAnalysis;
using Ugc.Contracts.Submissions;

namespace Ugc.Grains.Submissions;

/// <summary>A validated submission form: the typed submission, or the API and field errors that prevent it.</summary>
/// <param name="Submission">The typed submission when there are no errors.</param>
/// <param name="Errors">API errors (missing target id, missing user id, bad locale).</param>
/// <param name="FieldErrors">Field errors in form order, at most one per field.</param>
/// <param name="Values">Accepted typed values by field id, echoed in <c>Data.Fields[].Value</c>.</param>
/// <param name="Locale">The normalized locale, if one was sent and valid.</param>
public sealed record SubmissionValidationResult<T>(
    T? Submission,
    IReadOnlyList<SubmissionError> Errors,
    IReadOnlyList<SubmissionFieldError> FieldErrors,
    IReadOnlyDictionary<string, object> Values,
    string? Locale)
    where T : class
{
    [MemberNotNullWhen(true, nameof(Submission))]
    public bool IsValid => Submission is not null;
}
