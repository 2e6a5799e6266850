using Ugc.Silo.Conversations;

namespace Ugc.Silo.Tests.Conversations;

public sealed class SubmissionActionParserTests
{
    [Theory]
    [InlineData(null, true, SubmissionAction.Form)]
    [InlineData("", false, SubmissionAction.Form)]
    [InlineData("preview", false, SubmissionAction.Preview)]
    [InlineData("Preview", true, SubmissionAction.Preview)]
    [InlineData("SUBMIT", true, SubmissionAction.Submit)]
    public void Known_actions_parse(string? value, bool isPost, SubmissionAction expected)
    {
        Assert.True(SubmissionActionParser.TryParse(value, isPost, out var action, out var error));
        Assert.Equal(expected, action);
        Assert.Null(error);
    }

    [Theory]
    [InlineData("Submit", false)]
    [InlineData("Publish", true)]
    public void Submit_over_get_and_unknown_actions_are_invalid_parameters(string value, bool isPost)
    {
        Assert.False(SubmissionActionParser.TryParse(value, isPost, out _, out var error));
        Assert.Equal(ConversationsErrorCodes.InvalidParameters, error!.Code);
        Assert.Contains("Action", error.Message, StringComparison.Ordinal);
    }
}
