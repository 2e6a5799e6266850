namespace Ugc.Silo.Conversations;

/// <summary>A helpfulness vote as echoed: <c>POSITIVE</c> or <c>NEGATIVE</c>, and the voter's user id.</summary>
public sealed record HelpfulnessFeedbackEcho(string? Vote, string? AuthorId);
