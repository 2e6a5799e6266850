namespace Ugc.Silo.Conversations;

/// <summary>
/// The display-shaped envelope for errors raised before an endpoint knows its result type: bad key,
/// rate limit, unsupported media type, body too large.
/// </summary>
public static class ErrorEnvelope
{
    public static DisplayEnvelope<object> Create(IReadOnlyList<ConversationsError> errors, string? locale = null) =>
        DisplayEnvelope<object>.Failure(errors, locale);

    public static DisplayEnvelope<object> Create(string code, string message, string? locale = null) =>
        Create([new ConversationsError(code, message)], locale);
}
