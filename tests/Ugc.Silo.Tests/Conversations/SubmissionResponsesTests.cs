using System.Text.Json;
using Ugc.Contracts.Submissions;
using Ugc.Silo.Conversations;

namespace Ugc.Silo.Tests.Conversations;

public sealed class SubmissionResponsesTests
{
    private static JsonElement ToJson(SubmissionResponse response) =>
        JsonDocument.Parse(JsonSerializer.Serialize(response, ConversationsJson.Options)).RootElement;

    [Fact]
    public void Form_definition_lists_fields_with_limits_and_empty_form_errors()
    {
        var root = ToJson(SubmissionResponses.Form(SubmissionFormDefaults.Review, "en_US"));

        Assert.False(root.GetProperty("HasErrors").GetBoolean());
        Assert.Equal("en_US", root.GetProperty("Locale").GetString());
        var rating = root.GetProperty("Data").GetProperty("Fields").GetProperty("rating");
        Assert.Equal("IntegerInput", rating.GetProperty("Type").GetString());
        Assert.True(rating.GetProperty("Required").GetBoolean());
        Assert.Equal(JsonValueKind.Null, rating.GetProperty("Value").ValueKind);
        var nickname = root.GetProperty("Data").GetProperty("Fields").GetProperty("usernickname");
        Assert.Equal((4, 25), (nickname.GetProperty("MinLength").GetInt32(), nickname.GetProperty("MaxLength").GetInt32()));
        Assert.Equal("rating", root.GetProperty("Data").GetProperty("FieldsOrder")[0].GetString());
        Assert.Equal("Field", root.GetProperty("Form")[0].GetProperty("Type").GetString());
        var formErrors = root.GetProperty("FormErrors");
        Assert.Equal(0, formErrors.GetProperty("FieldErrorsOrder").GetArrayLength());
        Assert.Equal(JsonValueKind.Object, formErrors.GetProperty("FieldErrors").ValueKind);
        Assert.Equal(JsonValueKind.Object, formErrors.GetProperty("GroupErrors").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("SubmissionId").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("TypicalHoursToPost").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("AuthorSubmissionToken").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("Review").ValueKind);
    }

    [Fact]
    public void Preview_with_errors_keys_field_errors_and_echoes_values_as_their_types()
    {
        var outcome = new SubmissionOutcome(SubmissionFormDefaults.Review, null, [],
            [new SubmissionFieldError("rating", "ERROR_FORM_TOO_HIGH", "rating must be at most 5.")],
            new Dictionary<string, string> { ["usernickname"] = "nick1", ["rating_Quality"] = "4", ["isrecommended"] = "true" }, null, null);

        var root = ToJson(SubmissionResponses.Result(outcome, typicalHoursToPost: 24));

        Assert.True(root.GetProperty("HasErrors").GetBoolean());
        var error = root.GetProperty("FormErrors").GetProperty("FieldErrors").GetProperty("rating");
        Assert.Equal(("rating", "ERROR_FORM_TOO_HIGH"), (error.GetProperty("Field").GetString(), error.GetProperty("Code").GetString()));
        Assert.Equal("rating", root.GetProperty("FormErrors").GetProperty("FieldErrorsOrder")[0].GetString());
        var fields = root.GetProperty("Data").GetProperty("Fields");
        Assert.Equal("nick1", fields.GetProperty("usernickname").GetProperty("Value").GetString());
        Assert.Equal(4, fields.GetProperty("rating_Quality").GetProperty("Value").GetInt32());
        Assert.True(fields.GetProperty("isrecommended").GetProperty("Value").GetBoolean());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("Review").GetProperty("Id").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("SubmissionId").ValueKind);
    }

    [Fact]
    public void Submitted_comment_carries_the_receipt_and_its_echo()
    {
        var stored = new SubmissionAcknowledgement("s-1", new DateTimeOffset(2016, 5, 27, 18, 15, 24, TimeSpan.Zero), "token-1");
        var outcome = new SubmissionOutcome(SubmissionFormDefaults.ReviewComment, "en_US", [], [],
            new Dictionary<string, string> { ["commenttext"] = "Agreed" }, stored, null);

        var root = ToJson(SubmissionResponses.Result(outcome, typicalHoursToPost: 72));

        Assert.False(root.GetProperty("HasErrors").GetBoolean());
        Assert.Equal("s-1", root.GetProperty("SubmissionId").GetString());
        Assert.Equal("token-1", root.GetProperty("AuthorSubmissionToken").GetString());
        Assert.Equal(72, root.GetProperty("TypicalHoursToPost").GetInt32());
        Assert.Equal("2016-05-27T18:15:24.000+00:00", root.GetProperty("Comment").GetProperty("SubmissionTime").GetString());
        Assert.False(root.TryGetProperty("Review", out _));
    }

    [Fact]
    public void Failure_carries_api_errors_and_an_empty_form_errors_object()
    {
        var root = ToJson(SubmissionResponses.Failure(SubmissionFormDefaults.Feedback,
            [new(ConversationsErrorCodes.RequestLimitReached, "Too many submissions.")]));

        Assert.True(root.GetProperty("HasErrors").GetBoolean());
        Assert.Equal("ERROR_REQUEST_LIMIT_REACHED", root.GetProperty("Errors")[0].GetProperty("Code").GetString());
        Assert.Equal(0, root.GetProperty("FormErrors").GetProperty("FieldErrorsOrder").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("Feedback").ValueKind);
    }
}
