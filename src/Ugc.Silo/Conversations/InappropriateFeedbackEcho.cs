namespace Ugc.Silo.Conversations;

/// <summary>An inappropriate-content report as echoed: the reason and the reporter's user id.</summary>
public sealed record InappropriateFeedbackEcho(string? ReasonText, string? AuthorId);
