using System.Text.Json.Serialization;

namespace Ugc.Contracts.Submissions;

/// <summary>The content a feedback targets (<c>review</c>, <c>question</c>, <c>answer</c>, <c>review_comment</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FeedbackContentType>))]
[GenerateSerializer, Alias("ugc.feedback-content-type")]
public enum FeedbackContentType
{
    Review,
    Question,
    Answer,
    ReviewComment,
}
