using System.Text.Json.Serialization;

namespace Ugc.Contracts.Submissions;

/// <summary>The kind of feedback.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FeedbackType>))]
[GenerateSerializer, Alias("ugc.feedback-type")]
public enum FeedbackType
{
    Helpfulness,
    Inappropriate,
}
