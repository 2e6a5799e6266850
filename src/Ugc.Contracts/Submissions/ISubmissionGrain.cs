namespace Ugc.Contracts.Submissions;

/// <summary>
/// The write path's front door, a stateless worker (use key 0): validates a submission against the client's form,
/// checks its target, claims the nickname, runs the velocity checks, gives it its id and author token, and appends it
/// durably to the <c>submissions</c> stream before acknowledging it.
/// </summary>
[Alias("ugc.ISubmissionGrain")]
public interface ISubmissionGrain : IGrainWithIntegerKey
{
    /// <summary>The client's form of <paramref name="kind"/> (the stock fields, with the client's settings applied).</summary>
    [Alias("GetForm")]
    Task<SubmissionFormDefinition> GetFormAsync(string clientId, SubmissionFormKind kind);

    /// <summary>Validates and, when <see cref="SubmissionRequest.Store"/> is set, stores the submission.</summary>
    [Alias("Submit")]
    Task<SubmissionOutcome> SubmitAsync(SubmissionRequest request);
}
