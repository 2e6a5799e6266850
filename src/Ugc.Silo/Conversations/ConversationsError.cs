namespace Ugc.Silo.Conversations;

/// <summary>One entry of an envelope's <c>Errors</c> list.</summary>
/// <param name="Code">A code from <see cref="ConversationsErrorCodes"/>.</param>
/// <param name="Message">A human-readable message naming the offending parameter.</param>
public sealed record ConversationsError(string Code, string Message);
