namespace Ugc.Contracts.Submissions;

/// <summary>What the write path decided about a <see cref="SubmissionRequest"/>.</summary>
/// <param name="Form">The client's form the request was validated against.</param>
/// <param name="Locale">The normalized locale, when one was sent and valid.</param>
/// <param name="Errors">Request-level faults (missing target, unknown product, velocity block); empty when none.</param>
/// <param name="FieldErrors">Field faults in form order, at most one per field; empty when none.</param>
/// <param name="Values">Accepted values by field id in invariant text (<c>4</c>, <c>true</c>), echoed in the form's data.</param>
/// <param name="Acknowledgement">Set once a submission was durably stored; null for a preview or a refusal.</param>
/// <param name="BlockedBy">Which velocity check refused it (shopper, product, device, ip, email, text), if one did.</param>
[GenerateSerializer, Immutable, Alias("ugc.submission-outcome")]
public sealed record SubmissionOutcome(
    [property: Id(0)] SubmissionFormDefinition Form,
    [property: Id(1)] string? Locale,
    [property: Id(2)] IReadOnlyList<SubmissionError> Errors,
    [property: Id(3)] IReadOnlyList<SubmissionFieldError> FieldErrors,
    [property: Id(4)] IReadOnlyDictionary<string, string> Values,
    [property: Id(5)] SubmissionAcknowledgement? Acknowledgement,
    [property: Id(6)] string? BlockedBy)
{
    /// <summary>True when nothing refused the submission (a preview that passed, or a stored submission).</summary>
    public bool Accepted => Errors.Count == 0 && FieldErrors.Count == 0;
}
