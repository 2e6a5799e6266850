using Ugc.Contracts.Clients;
using Ugc.Silo.Conversations;

namespace Ugc.Silo.Gateway;

/// <summary>
/// A content API request that passed the gate: merged parameters, the key's owner and the author's address. For a
/// request without a form body the parameters are parsed from the query string only when first asked for, so an
/// answer served from the display cache never parses them.
/// </summary>
public sealed class ContentRequest
{
    private static readonly object s_itemKey = new();

    private readonly HttpRequest? _request;
    private ConversationsParameters? _parameters;

    public ContentRequest(ConversationsParameters parameters, KeyValidation key, string authorAddress)
    {
        _parameters = parameters;
        Key = key;
        AuthorAddress = authorAddress;
    }

    private ContentRequest(HttpRequest request, KeyValidation key, string authorAddress)
    {
        _request = request;
        Key = key;
        AuthorAddress = authorAddress;
    }

    public ConversationsParameters Parameters => _parameters ??= new ConversationsParameters(_request!.Query);

    public KeyValidation Key { get; }

    public string AuthorAddress { get; }

    public string ClientId => Key.ClientId;

    public static ContentRequest Get(HttpContext context) =>
        context.Items[s_itemKey] as ContentRequest ?? throw new InvalidOperationException("The content gate did not run for this endpoint.");

    /// <summary>A request whose parameters are its query string alone.</summary>
    internal static ContentRequest FromQuery(HttpRequest request, KeyValidation key, string authorAddress) => new(request, key, authorAddress);

    internal void Attach(HttpContext context) => context.Items[s_itemKey] = this;
}
