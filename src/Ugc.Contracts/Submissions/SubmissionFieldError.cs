namespace Ugc.Contracts.Submissions;

/// <summary>A fault of one form field (an entry of the response's <c>FormErrors.FieldErrors</c>).</summary>
/// <param name="Field">The lower-case field id (family members keep their suffix, as <c>rating_Quality</c>).</param>
/// <param name="Code">An <c>ERROR_FORM_*</c> code from <see cref="SubmissionErrorCodes"/>.</param>
/// <param name="Message">What is wrong, naming the field.</param>
[GenerateSerializer, Immutable, Alias("ugc.submission-field-error")]
public sealed record SubmissionFieldError(
    [property: Id(0)] string Field,
    [property: Id(1)] string Code,
    [property: Id(2)] string Message);
