using System.Text.Json;
using Ugc.Contracts.Submissions;
using Ugc.Silo.Conversations;

namespace Ugc.Silo.Tests.Conversations;

public sealed class SubmissionContractsSerializationTests
{
    [Fact]
    public void Review_submission_round_trips_through_system_text_json()
    {
        var result = SubmissionFormValidator.ValidateReview(ConversationsParameters.Parse(
            "ProductId=p1&UserId=u1&UserNickname=nick1&Rating=4&rating_Value=3&tag_Pro_0=Light&photourl_0=https%3A%2F%2Fx%2F1.jpg"));
        Assert.True(result.IsValid);

        var back = JsonSerializer.Deserialize<ReviewSubmission>(JsonSerializer.Serialize(result.Submission))!;

        Assert.Equal(result.Submission.Author, back.Author);
        Assert.Equal(3, back.SecondaryRatings["Value"]);
        Assert.Equal(["Light"], back.Tags["Pro"]);
        Assert.Equal(result.Submission.Extras.Photos, back.Extras.Photos);
    }

    [Fact]
    public void Form_definition_round_trips_with_enums_by_name()
    {
        var json = JsonSerializer.Serialize(SubmissionFormDefaults.Feedback);
        var back = JsonSerializer.Deserialize<SubmissionFormDefinition>(json)!;

        Assert.Contains("\"Type\":\"SelectInput\"", json, StringComparison.Ordinal);
        Assert.Equal(SubmissionFormKind.Feedback, back.Kind);
        Assert.Equal(["helpfulness", "inappropriate"], back.Field("feedbacktype")!.Options);
        Assert.Equal(SubmissionFormDefaults.Feedback.Fields.Select(f => f.Id), back.Fields.Select(f => f.Id));
    }
}
