namespace Ugc.Contracts.Submissions;

/// <summary>A validated review submission.</summary>
/// <param name="ProductId">The reviewed product.</param>
/// <param name="Author">The shopper.</param>
/// <param name="Rating">Overall rating, 1..5.</param>
/// <param name="Title">Title, if any.</param>
/// <param name="ReviewText">Text, if any (a short text makes a ratings-only review).</param>
/// <param name="IsRecommended">Recommendation, null when not answered.</param>
/// <param name="SecondaryRatings">Ratings keyed by id (<c>rating_&lt;id&gt;</c>).</param>
/// <param name="Tags">Free-form tags keyed by dimension, ordered by index (<c>tag_&lt;dim&gt;_&lt;n&gt;</c>).</param>
/// <param name="Extras">Locale, campaign, terms, context data, additional fields and photos.</param>
[GenerateSerializer, Immutable, Alias("ugc.review-submission")]
public sealed record ReviewSubmission(
    [property: Id(0)] string ProductId,
    [property: Id(1)] SubmissionAuthor Author,
    [property: Id(2)] int Rating,
    [property: Id(3)] string? Title,
    [property: Id(4)] string? ReviewText,
    [property: Id(5)] bool? IsRecommended,
    [property: Id(6)] IReadOnlyDictionary<string, int> SecondaryRatings,
    [property: Id(7)] IReadOnlyDictionary<string, IReadOnlyList<string>> Tags,
    [property: Id(8)] SubmissionExtras Extras);
