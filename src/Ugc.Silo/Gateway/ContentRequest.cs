using Ugc.Contracts.Clients;
using Ugc.Silo.Conversations;

namespace Ugc.Silo.Gateway;

/// <summary>A content API request that passed the gate: merged parameters, the key's owner and the author's address.</summary>
public sealed record ContentRequest(ConversationsParameters Parameters, KeyValidation Key, string AuthorAddress)
{
    private static readonly object s_itemKey = new();

    public string ClientId => Key.ClientId;

    public static ContentRequest Get(HttpContext context) =>
        context.Items[s_itemKey] as ContentRequest ?? throw new InvalidOperationException("The content gate did not run for this endpoint.");

    internal void Attach(HttpContext context) => context.Items[s_itemKey] = this;
}
