namespace Ugc.Silo.Conversations;

/// <summary>What a submission request asks for, from its <c>Action</c> parameter.</summary>
public enum SubmissionAction
{
    /// <summary><c>Action</c> absent: answer the form definition only.</summary>
    Form,

    /// <summary>Validate and answer as a submission would, storing nothing.</summary>
    Preview,

    /// <summary>Validate and store (POST only).</summary>
    Submit,
}
