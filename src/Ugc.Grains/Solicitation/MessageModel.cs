namespace Ugc.Grains.Solicitation;

/// <summary>What a template sees: <c>shopper.name</c>, <c>shopper.first_name</c>, <c>client.name</c>, <c>order.id</c>,
/// <c>products</c> (each with <c>id</c>, <c>name</c>, <c>image_url</c>, <c>price</c>, <c>review_url</c>) and <c>unsubscribe_url</c>.</summary>
public sealed record MessageModel(
    string? ShopperName, string ClientName, string OrderId, IReadOnlyList<MessageProduct> Products, string UnsubscribeUrl)
{
    /// <summary>The first word of the shopper's name, or null.</summary>
    public string? FirstName => FirstNameOf(ShopperName);

    public static string? FirstNameOf(string? name) =>
        string.IsNullOrWhiteSpace(name) ? null : name.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
}

/// <summary>A product as a template shows it.</summary>
public sealed record MessageProduct(string Id, string Name, string? ImageUrl, decimal? Price, string ReviewUrl);
