namespace Ugc.Contracts.Submissions;

/// <summary>A photo sent as <c>photourl_&lt;n&gt;</c> with an optional <c>photocaption_&lt;n&gt;</c>.</summary>
public sealed record PhotoSubmission(int Index, string Url, string? Caption);
