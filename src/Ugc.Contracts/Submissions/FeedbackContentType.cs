using System.Text.Json.Serialization;

namespace Ugc.Contracts.Submissions;

/// <summary>The content a feedback targets (<c>review</c>, <c>question</c>, <c>answer</c>, <c>review_comment</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FeedbackContentType>))]
public enum FeedbackContentType
{
    Review,
    Question,
    Answer,
    ReviewComment,
}
