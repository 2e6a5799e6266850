namespace Ugc.Silo.Conversations;

/// <summary>The <c>Feedback</c> echo: the vote or the report, the other one null.</summary>
public sealed record FeedbackSubmissionEcho(HelpfulnessFeedbackEcho? Helpfulness, InappropriateFeedbackEcho? Inappropriate);
