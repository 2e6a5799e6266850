namespace Ugc.Silo.Conversations;

/// <summary>Reads the <c>Action</c> parameter of a submission request.</summary>
public static class SubmissionActionParser
{
    /// <summary>
    /// Absent or blank is <see cref="SubmissionAction.Form"/>; <c>Preview</c> and <c>Submit</c> match in any case.
    /// <c>Submit</c> over anything but POST is refused so a crawled link cannot store content.
    /// </summary>
    public static bool TryParse(string? value, bool isPost, out SubmissionAction action, out ConversationsError? error)
    {
        error = null;
        action = SubmissionAction.Form;
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (text.Equals("Preview", StringComparison.OrdinalIgnoreCase))
        {
            action = SubmissionAction.Preview;
            return true;
        }

        if (!text.Equals("Submit", StringComparison.OrdinalIgnoreCase))
        {
            error = new(ConversationsErrorCodes.InvalidParameters, $"Invalid Action '{text}': expected Preview or Submit, or no Action for the form.");
            return false;
        }

        if (!isPost)
        {
            error = new(ConversationsErrorCodes.InvalidParameters, "Action=Submit requires a POST request.");
            return false;
        }

        action = SubmissionAction.Submit;
        return true;
    }
}
