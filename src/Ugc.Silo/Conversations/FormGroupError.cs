namespace Ugc.Silo.Conversations;

/// <summary>One entry of <c>FormErrors.GroupErrors</c>: an error about a group of fields as a whole.</summary>
public sealed record FormGroupError(string Group, string Code, string Message);
