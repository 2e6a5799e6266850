using Ugc.Contracts.Solicitation;
using Ugc.Grains.Solicitation;

namespace Ugc.Silo.Solicitation;

/// <summary>
/// The prefilled review form of a solicitation: <c>submitreview.json</c> without <c>Action</c> but with a valid
/// <c>solicitationtoken</c> answers the form with the product, the campaign and a nickname hint filled in.
/// </summary>
public sealed class SolicitationPrefill(IGrainFactory grains, SolicitationLinks links, [FromKeyedServices(Grains.DomainClock.Key)] TimeProvider time)
{
    /// <summary>The values to show, or null when the token is absent, invalid, expired or another client's.</summary>
    public async Task<IReadOnlyDictionary<string, string>?> ValuesAsync(string clientId, string? token)
    {
        if (links.Read(token) is not { Kind: LinkKind.Review } link || link.ClientId != clientId || link.ExpiresAt < time.GetUtcNow())
        {
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["productid"] = link.ProductId,
            ["campaignid"] = LinkToken.Campaign,
        };
        if (await grains.GetGrain<ISolicitationOrderGrain>($"{link.ClientId}/{link.OrderId}").GetNicknameHintAsync() is { } hint)
        {
            values["usernickname"] = hint;
        }

        return values;
    }
}
