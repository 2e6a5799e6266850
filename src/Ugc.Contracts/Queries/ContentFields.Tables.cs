using System.Collections.Frozen;

namespace Ugc.Contracts.Queries;

// The per-type tables behind ContentFields, kept apart so the lookups above stay readable.
public static partial class ContentFields
{
    private static readonly string[] s_contentCommon =
    [
        "Id", "ProductId", "CategoryId", "AuthorId", "CampaignId", "SubmissionId", "ContentLocale",
        "UserLocation", "SubmissionTime", "LastModificationTime", "LastModeratedTime", "IsFeatured",
        "IsSyndicated", "HasPhotos", "Helpfulness", "TotalFeedbackCount", "TotalPositiveFeedbackCount",
        "TotalNegativeFeedbackCount",
    ];

    private static readonly string[] s_contentSortCommon =
    [
        "Id", "ProductId", "AuthorId", "ContentLocale", "SubmissionTime", "LastModificationTime",
        "LastModeratedTime", "IsFeatured", "Helpfulness", "TotalFeedbackCount", "TotalPositiveFeedbackCount",
        "TotalNegativeFeedbackCount",
    ];

    private static readonly SortClause[] s_newestFirst = [new("SubmissionTime", Descending: true)];

    private static readonly FrozenDictionary<string, FieldValueKind> s_kinds = new Dictionary<string, FieldValueKind>
    {
        ["SubmissionTime"] = FieldValueKind.Time,
        ["LastModificationTime"] = FieldValueKind.Time,
        ["LastModeratedTime"] = FieldValueKind.Time,
        ["LastApprovedAnswerSubmissionTime"] = FieldValueKind.Time,
        ["Rating"] = FieldValueKind.Number,
        ["Helpfulness"] = FieldValueKind.Number,
        ["AverageOverallRating"] = FieldValueKind.Number,
        ["TotalFeedbackCount"] = FieldValueKind.Number,
        ["TotalPositiveFeedbackCount"] = FieldValueKind.Number,
        ["TotalNegativeFeedbackCount"] = FieldValueKind.Number,
        ["TotalCommentCount"] = FieldValueKind.Number,
        ["TotalAnswerCount"] = FieldValueKind.Number,
        ["TotalQuestionCount"] = FieldValueKind.Number,
        ["TotalReviewCount"] = FieldValueKind.Number,
        ["IsRatingsOnly"] = FieldValueKind.Boolean,
        ["IsFeatured"] = FieldValueKind.Boolean,
        ["IsSyndicated"] = FieldValueKind.Boolean,
        ["IsRecommended"] = FieldValueKind.Boolean,
        ["IsBestAnswer"] = FieldValueKind.Boolean,
        ["IsBrandAnswer"] = FieldValueKind.Boolean,
        ["IsActive"] = FieldValueKind.Boolean,
        ["IsDisabled"] = FieldValueKind.Boolean,
        ["HasPhotos"] = FieldValueKind.Boolean,
        ["HasComments"] = FieldValueKind.Boolean,
        ["HasAnswers"] = FieldValueKind.Boolean,
        ["HasBestAnswer"] = FieldValueKind.Boolean,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<ContentType, TypeTable> s_tables = new Dictionary<ContentType, TypeTable>
    {
        [ContentType.Reviews] = new(
            [.. s_contentCommon, "Rating", "IsRatingsOnly", "IsRecommended", "HasComments", "TotalCommentCount"],
            [ContextDataValuePrefix, SecondaryRatingPrefix, AdditionalFieldPrefix],
            [.. s_contentSortCommon, "Rating", "IsRatingsOnly", "IsRecommended", "TotalCommentCount"],
            [ContentType.Products, ContentType.Authors, ContentType.Categories, ContentType.ReviewComments],
            s_newestFirst),
        [ContentType.Questions] = new(
            [.. s_contentCommon, "HasAnswers", "HasBestAnswer", "TotalAnswerCount", "LastApprovedAnswerSubmissionTime"],
            [ContextDataValuePrefix, AdditionalFieldPrefix],
            [.. s_contentSortCommon, "TotalAnswerCount", "LastApprovedAnswerSubmissionTime"],
            [ContentType.Products, ContentType.Authors, ContentType.Categories, ContentType.Answers],
            s_newestFirst),
        [ContentType.Answers] = new(
            [.. s_contentCommon, "QuestionId", "IsBestAnswer", "IsBrandAnswer"],
            [ContextDataValuePrefix, AdditionalFieldPrefix],
            [.. s_contentSortCommon, "QuestionId", "IsBestAnswer", "IsBrandAnswer"],
            [ContentType.Products, ContentType.Authors, ContentType.Questions],
            s_newestFirst),
        [ContentType.ReviewComments] = new(
            [.. s_contentCommon, "ReviewId"],
            [ContextDataValuePrefix, AdditionalFieldPrefix],
            [.. s_contentSortCommon, "ReviewId"],
            [ContentType.Products, ContentType.Authors, ContentType.Reviews],
            s_newestFirst),
        [ContentType.Products] = new(
            ["Id", "Name", "CategoryId", "BrandId", "IsActive", "IsDisabled", "AverageOverallRating",
             "TotalReviewCount", "TotalQuestionCount", "TotalAnswerCount", "EAN", "UPC", "ISBN",
             "ManufacturerPartNumber", "ModelNumber"],
            [],
            ["Id", "Name", "CategoryId", "IsActive", "AverageOverallRating", "TotalReviewCount",
             "TotalQuestionCount", "TotalAnswerCount"],
            [ContentType.Reviews, ContentType.Questions, ContentType.Answers, ContentType.Categories],
            [new("Id", Descending: false)]),
        [ContentType.Categories] = new(
            ["Id", "Name", "ParentId"],
            [],
            ["Id", "Name"],
            [ContentType.Products],
            [new("Id", Descending: false)]),
        [ContentType.Authors] = new(
            ["Id", "ContentLocale", "SubmissionTime", "LastModeratedTime", "TotalReviewCount",
             "TotalQuestionCount", "TotalAnswerCount"],
            [],
            ["Id", "SubmissionTime", "LastModeratedTime", "TotalReviewCount", "TotalQuestionCount", "TotalAnswerCount"],
            [ContentType.Reviews, ContentType.Questions, ContentType.Answers, ContentType.ReviewComments],
            s_newestFirst),
        [ContentType.Statistics] = new(
            ["ProductId", "ContentLocale"],
            [],
            ["ProductId"],
            [],
            [new("ProductId", Descending: false)]),
    }.ToFrozenDictionary();

    private sealed class TypeTable(
        string[] filterable, string[] dynamicPrefixes, string[] sortable, ContentType[] includable, SortClause[] defaultSort)
    {
        // Keyed case-insensitively, valued with the canonical spelling.
        public FrozenDictionary<string, string> Filterable { get; } =
            filterable.ToFrozenDictionary(f => f, StringComparer.OrdinalIgnoreCase);

        public IReadOnlyList<string> DynamicPrefixes { get; } = dynamicPrefixes;

        public FrozenDictionary<string, string> Sortable { get; } =
            sortable.ToFrozenDictionary(f => f, StringComparer.OrdinalIgnoreCase);

        public IReadOnlyCollection<ContentType> Includable { get; } = includable;

        public IReadOnlyList<SortClause> DefaultSort { get; } = defaultSort;
    }
}
