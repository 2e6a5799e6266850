using System.Text.Json.Serialization;

namespace Ugc.Contracts.Submissions;

/// <summary>A helpfulness vote.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FeedbackVote>))]
[GenerateSerializer, Alias("ugc.feedback-vote")]
public enum FeedbackVote
{
    Positive,
    Negative,
}
