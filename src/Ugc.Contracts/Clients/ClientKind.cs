namespace Ugc.Contracts.Clients;

/// <summary>Brands make products and syndicate their reviews; retailers sell them and receive syndicated content.</summary>
[GenerateSerializer, Alias("ugc.client-kind")]
public enum ClientKind
{
    Brand,
    Retailer,
}
