using System.Globalization;
using Ugc.Contracts.Content;
using Ugc.Contracts.Queries;

namespace Ugc.Grains.Catalog;

/// <summary>Reads a canonical filter or sort field of a content document: a string, a number, a boolean or null.</summary>
public static class ContentFieldValues
{
    /// <summary>The field's value; times as epoch seconds, booleans as bool, counts as double.</summary>
    public static object? Get(ContentDocument d, string field, IReadOnlyDictionary<string, int>? commentCounts = null) => field switch
    {
        "Id" or "SubmissionId" => d.Id,
        "ProductId" => d.ProductId,
        "CategoryId" => d.CategoryId,
        "AuthorId" => d.AuthorId,
        "CampaignId" => d.CampaignId,
        "ContentLocale" => d.ContentLocale,
        "UserLocation" => d.UserLocation,
        "QuestionId" => d.QuestionId,
        "ReviewId" => d.ReviewId,
        "SubmissionTime" => d.SubmissionTime.ToUnixTimeMilliseconds() / 1000.0,
        "LastModificationTime" => d.LastModificationTime.ToUnixTimeMilliseconds() / 1000.0,
        "LastModeratedTime" => d.LastModeratedTime is { } t ? t.ToUnixTimeMilliseconds() / 1000.0 : null,
        "Rating" => d.Rating is { } r ? (double)r : null,
        "Helpfulness" => d.Helpfulness,
        "TotalFeedbackCount" => (double)d.TotalFeedback,
        "TotalPositiveFeedbackCount" => (double)d.PositiveFeedback,
        "TotalNegativeFeedbackCount" => (double)d.NegativeFeedback,
        "TotalCommentCount" => (double)(commentCounts?.GetValueOrDefault(d.Id) ?? 0),
        "HasComments" => (commentCounts?.GetValueOrDefault(d.Id) ?? 0) > 0,
        "IsFeatured" => d.IsFeatured,
        "IsSyndicated" => d.IsSyndicated,
        "HasPhotos" => d.HasPhotos,
        "IsRatingsOnly" => d.IsRatingsOnly,
        "IsRecommended" => d.IsRecommended,
        "IsBestAnswer" => d.IsBestAnswer,
        "IsBrandAnswer" => d.IsBrandAnswer,
        _ when field.StartsWith(ContentFields.ContextDataValuePrefix, StringComparison.Ordinal) =>
            d.ContextDataValues.GetValueOrDefault(field[ContentFields.ContextDataValuePrefix.Length..]),
        _ when field.StartsWith(ContentFields.SecondaryRatingPrefix, StringComparison.Ordinal) =>
            d.SecondaryRatings.TryGetValue(field[ContentFields.SecondaryRatingPrefix.Length..], out var s) ? (double)s : null,
        _ when field.StartsWith(ContentFields.AdditionalFieldPrefix, StringComparison.Ordinal) =>
            d.AdditionalFields.GetValueOrDefault(field[ContentFields.AdditionalFieldPrefix.Length..]),
        _ => null,
    };

    /// <summary>Whether a value satisfies one clause (values of a clause are ORed).</summary>
    public static bool Matches(object? value, FilterClause clause) => Compile(clause)(value);

    /// <summary>A predicate for one clause with its values parsed once, not once per document.</summary>
    public static Func<object?, bool> Compile(FilterClause clause)
    {
        var values = clause.Values.Select(raw => new ParsedValue(raw,
            double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : null,
            bool.TryParse(raw, out var b) ? b : null,
            raw.Equals("null", StringComparison.OrdinalIgnoreCase))).ToArray();
        var op = clause.Operator;
        return value =>
        {
            foreach (var parsed in values)
            {
                if (Compare(value, parsed) is { } c && op switch
                {
                    FilterOperator.Eq => c == 0,
                    FilterOperator.Neq => c != 0,
                    FilterOperator.Lt => c < 0,
                    FilterOperator.Lte => c <= 0,
                    FilterOperator.Gt => c > 0,
                    FilterOperator.Gte => c >= 0,
                    _ => false,
                })
                {
                    return true;
                }

                if (value is null && op == FilterOperator.Neq && !parsed.IsNull)
                {
                    return true;
                }
            }

            return false;
        };
    }

    /// <summary>Orders two field values: nulls last, then by type.</summary>
    public static int CompareValues(object? a, object? b) => (a, b) switch
    {
        (null, null) => 0,
        (null, _) => 1,
        (_, null) => -1,
        (double x, double y) => x.CompareTo(y),
        (bool x, bool y) => x.CompareTo(y),
        _ => string.CompareOrdinal(Convert.ToString(a, CultureInfo.InvariantCulture), Convert.ToString(b, CultureInfo.InvariantCulture)),
    };

    private static int? Compare(object? value, ParsedValue raw) => value switch
    {
        null => raw.IsNull ? 0 : null,
        double number => raw.Number is { } parsed ? number.CompareTo(parsed) : null,
        bool flag => raw.Flag is { } parsed ? flag.CompareTo(parsed) : null,
        string text => string.Compare(text, raw.Text, StringComparison.OrdinalIgnoreCase),
        _ => null,
    };

    private sealed record ParsedValue(string Text, double? Number, bool? Flag, bool IsNull);
}
