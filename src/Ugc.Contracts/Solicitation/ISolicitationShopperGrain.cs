namespace Ugc.Contracts.Solicitation;

/// <summary>The recipients whose transactions named a client's shopper id, so erasing the shopper reaches them. Key: <c>clientId/userId</c>.</summary>
[Alias("ugc.ISolicitationShopperGrain")]
public interface ISolicitationShopperGrain : IGrainWithStringKey
{
    /// <summary>Links a recipient to the shopper (idempotent).</summary>
    [Alias("Link")]
    Task LinkAsync(string recipientId);

    /// <summary>Erases every linked recipient's orders; returns how many orders were erased.</summary>
    [Alias("Erase")]
    Task<int> EraseAsync();
}
