namespace Ugc.Silo.Content;

/// <summary>A badge such as <c>incentivizedReview</c>.</summary>
public sealed record BadgeResult(string Id, string BadgeType, string ContentType);
