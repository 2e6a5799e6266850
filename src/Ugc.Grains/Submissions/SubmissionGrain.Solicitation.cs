using Microsoft.Extensions.DependencyInjection;
using Ugc.Contracts.Solicitation;
using Ugc.Contracts.Submissions;
using Ugc.Grains.Solicitation;

namespace Ugc.Grains.Submissions;

// A review that arrives with a solicitation's signed token: the token's product, the solicitation's campaign, and the
// conversion counted once the review is stored.
public sealed partial class SubmissionGrain
{
    private static string? SolicitationTokenOf(SubmissionRequest request) =>
        request.Kind == SubmissionFormKind.Review
        && request.Parameters.FirstOrDefault(p => p.Key.Equals(SolicitationLinks.TokenParameter, StringComparison.OrdinalIgnoreCase)).Value is [{ Length: > 0 } token, ..]
            ? token
            : null;

    private async Task<SubmissionOutcome> SubmitSolicitedAsync(SubmissionRequest request, string tokenText)
    {
        var now = time.GetUtcNow();
        var parameters = request.Parameters
            .Where(p => !p.Key.Equals(SolicitationLinks.TokenParameter, StringComparison.OrdinalIgnoreCase))
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);
        var token = ServiceProvider.GetService<SolicitationLinks>()?.Read(tokenText);
        var productId = parameters.TryGetValue("ProductId", out var given) ? given.FirstOrDefault() : null;
        if (token is not { Kind: LinkKind.Review } || token.ClientId != request.ClientId || token.ExpiresAt < now
            || (!string.IsNullOrEmpty(productId) && productId != token.ProductId))
        {
            var client = await ClientAsync(request.ClientId);
            return new SubmissionOutcome(SubmissionForms.For(request.Kind, client.Submissions), null,
                [new SubmissionError(SubmissionErrorCodes.InvalidParameters, $"{SolicitationLinks.TokenParameter} is invalid, expired, or for another product.")],
                [], new Dictionary<string, string>(), null, null);
        }

        parameters["ProductId"] = [token.ProductId];
        parameters["CampaignId"] = [LinkToken.Campaign];
        if (!parameters.TryGetValue("UserId", out var user) || user is not [{ Length: > 0 }, ..])
        {
            parameters["UserId"] = [token.AuthorId];
        }

        var outcome = await SubmitAsync(request with { Parameters = parameters });
        if (outcome.Acknowledgement is not null)
        {
            await GrainFactory.GetGrain<ISolicitationOrderGrain>($"{token.ClientId}/{token.OrderId}").ConvertAsync(token.ProductId, now);
        }

        return outcome;
    }
}
