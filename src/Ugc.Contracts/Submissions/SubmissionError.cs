namespace Ugc.Contracts.Submissions;

/// <summary>A request-level fault of a submission (an entry of the response's <c>Errors</c>).</summary>
/// <param name="Code">A request-level code from <see cref="SubmissionErrorCodes"/>.</param>
/// <param name="Message">What is wrong, naming the parameter.</param>
[GenerateSerializer, Immutable, Alias("ugc.submission-error")]
public sealed record SubmissionError(
    [property: Id(0)] string Code,
    [property: Id(1)] string Message);
