using Ugc.Contracts.Content;
using Ugc.Contracts.Queries;
using Ugc.Contracts.Submissions;
using Ugc.Grains.Classification;

namespace Ugc.Grains.Tests.Catalog;

/// <summary>
/// Published documents of every type with every member varied: absent and present optional values, time offsets,
/// texts from empty to longer than a display block, non-Latin text and a lone surrogate, extras, syndicated copies.
/// </summary>
internal static class VariedDocuments
{
    public static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly string[] Words =
        ["battery", "comfortable", "great", "value", "the", "and", "with", "après", "größe", "靴", "quality", "price", "would", "buy", "again", "fit"];

    private static readonly ContentType[] Types = [ContentType.Reviews, ContentType.Reviews, ContentType.Reviews, ContentType.Questions, ContentType.Answers, ContentType.ReviewComments];

    public static List<ContentDocument> Create(SplitMix64 random, int count)
    {
        var documents = new List<ContentDocument>(count);
        for (var i = 0; i < count; i++)
        {
            documents.Add(One(random, $"d{random.Next(1_000_000):D6}-{i}"));
        }

        return documents;
    }

    public static ContentDocument One(SplitMix64 random, string id)
    {
        var type = Types[random.Next(Types.Length)];
        var syndicated = random.Chance(0.2);
        var offset = TimeSpan.FromMinutes(random.Chance(0.3) ? 60 * (random.Next(25) - 12) + (random.Chance(0.2) ? 30 : 0) : 0);
        var submitted = Start.AddSeconds(random.Next(5_000_000)).AddMilliseconds(random.Next(1000)).ToOffset(offset);
        return new ContentDocument
        {
            Id = id,
            Type = type,
            ClientId = "shop",
            SourceClient = syndicated ? (random.Chance(0.5) ? "brand-a" : "brand-b") : "shop",
            ProductId = "p1",
            QuestionId = type == ContentType.Answers ? $"q{random.Next(20)}" : null,
            ReviewId = type == ContentType.ReviewComments ? $"r{random.Next(20)}" : null,
            AuthorId = $"author-{random.Next(500)}",
            UserNickname = random.Chance(0.1) ? null : $"nick{random.Next(400)}",
            UserLocation = random.Chance(0.3) ? null : random.Chance(0.5) ? "Denver, CO" : "Lyon",
            ContentLocale = random.Chance(0.1) ? null : random.Chance(0.7) ? "en_US" : "fr_FR",
            CampaignId = random.Chance(0.1) ? "spring" : null,
            SubmissionTime = submitted,
            LastModificationTime = submitted.AddMinutes(random.Next(100)),
            LastModeratedTime = random.Chance(0.3) ? null : submitted.AddMinutes(5).ToOffset(TimeSpan.FromHours(-5)),
            Rating = type == ContentType.Reviews && random.Chance(0.9) ? 1 + random.Next(5) : null,
            Title = random.Chance(0.2) ? null : random.Chance(0.1) ? "" : Text(random, 1 + random.Next(8)),
            Text = random.Chance(0.05) ? null : random.Chance(0.01) ? Text(random, 3_000) : random.Chance(0.02) ? "bad \ud800 surrogate" : Text(random, random.Next(120)),
            Details = type == ContentType.Questions && random.Chance(0.5) ? Text(random, 30) : null,
            IsRecommended = random.Chance(0.3) ? null : random.Chance(0.7),
            IsFeatured = random.Chance(0.1),
            IsSyndicated = syndicated,
            Syndication = syndicated ? new SyndicationSource(random.Chance(0.5) ? "Brand A" : "Brand B", null, "https://brand.example.com/p") : null,
            OriginalProductName = random.Chance(0.5) ? "Kettle" : null,
            CategoryId = random.Chance(0.8) ? "kitchen" : null,
            PositiveFeedback = random.Next(30),
            NegativeFeedback = random.Next(6),
            InappropriateFeedback = random.Next(2),
            IsIncentivized = random.Chance(0.1),
            IsBrandAnswer = type == ContentType.Answers && random.Chance(0.2),
            IsBestAnswer = type == ContentType.Answers && random.Chance(0.2),
            SecondaryRatings = random.Chance(0.2) ? new Dictionary<string, int> { ["Quality"] = 1 + random.Next(5) } : new Dictionary<string, int>(),
            ContextDataValues = random.Chance(0.2) ? new Dictionary<string, string> { ["Age"] = random.Chance(0.5) ? "18to24" : "25to34" } : new Dictionary<string, string>(),
            AdditionalFields = random.Chance(0.1) ? new Dictionary<string, string> { ["Store"] = "Downtown" } : new Dictionary<string, string>(),
            Tags = random.Chance(0.1) ? new Dictionary<string, IReadOnlyList<string>> { ["Pros"] = ["light", "quiet"] } : new Dictionary<string, IReadOnlyList<string>>(),
            Photos = random.Chance(0.1) ? [new PhotoSubmission(0, "https://img.example.com/1.jpg", random.Chance(0.5) ? "caption" : null)] : [],
            Responses = random.Chance(0.05) ? [new ClientResponse("Acme", null, "Thanks!", "Public", submitted.AddDays(1))] : [],
        };
    }

    /// <summary>About <paramref name="words"/> words of text.</summary>
    public static string Text(SplitMix64 random, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)]));
}
