using System.Net;
using Microsoft.AspNetCore.Http.HttpResults;
using Ugc.Contracts.Catalog;
using Ugc.Contracts.Clients;
using Ugc.Contracts.Solicitation;
using Ugc.Grains.Solicitation;

namespace Ugc.Silo.Solicitation;

/// <summary>
/// The links in solicitations, reached by shoppers without a key (the signed token is the authority):
/// <c>GET /solicitation/r/{token}</c> counts the click and redirects to the client's review page with the token;
/// <c>GET /solicitation/unsubscribe/{token}</c> asks for confirmation (mail scanners follow links), and
/// <c>POST</c> to it unsubscribes, also as RFC 8058's one-click <c>List-Unsubscribe=One-Click</c>.
/// </summary>
public static class SolicitationLinkEndpoints
{
    public static RouteGroupBuilder MapSolicitationLinkEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/solicitation").ExcludeFromDescription().DisableAntiforgery();
        group.MapGet("/r/{token}", ReviewAsync);
        group.MapGet("/unsubscribe/{token}", UnsubscribePage);
        group.MapPost("/unsubscribe/{token}", UnsubscribeAsync);
        return group;
    }

    private static async Task<Results<RedirectHttpResult, ContentHttpResult>> ReviewAsync(
        string token, IGrainFactory grains, SolicitationLinks links, [FromKeyedServices(Grains.DomainClock.Key)] TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (links.Read(token) is not { Kind: LinkKind.Review } link)
        {
            return Page(StatusCodes.Status404NotFound, "Link not found", "This review link is not valid.");
        }

        if (link.ExpiresAt < now)
        {
            return Page(StatusCodes.Status410Gone, "Link expired", "This review link has expired. Thank you all the same.");
        }

        cancellationToken.ThrowIfCancellationRequested();
        await grains.GetGrain<ISolicitationOrderGrain>($"{link.ClientId}/{link.OrderId}").ClickAsync(link.ProductId, now);
        var client = await grains.GetGrain<IClientGrain>(link.ClientId).GetAsync();
        var page = client?.Solicitation.ReviewPageUrl is { Length: > 0 } template
            ? template.Replace("{productId}", Uri.EscapeDataString(link.ProductId), StringComparison.Ordinal)
            : (await grains.GetGrain<IProductGrain>($"{link.ClientId}/{link.ProductId}").GetAsync())?.Catalog.ProductPageUrl;
        if (page is null || !Uri.TryCreate(page, UriKind.Absolute, out _))
        {
            return Page(StatusCodes.Status404NotFound, "No review page", "The shop has no review page for this product.");
        }

        var separator = page.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        return TypedResults.Redirect($"{page}{separator}{SolicitationLinks.TokenParameter}={Uri.EscapeDataString(token)}");
    }

    private static ContentHttpResult UnsubscribePage(string token, SolicitationLinks links)
    {
        if (links.Read(token) is not { Kind: LinkKind.Unsubscribe })
        {
            return Page(StatusCodes.Status404NotFound, "Link not found", "This unsubscribe link is not valid.");
        }

        var action = "/solicitation/unsubscribe/" + WebUtility.HtmlEncode(token);
        return Page(StatusCodes.Status200OK, "Unsubscribe",
            $"<p>Stop review requests from this shop?</p><form method=\"post\" action=\"{action}\"><button type=\"submit\" name=\"List-Unsubscribe\" value=\"One-Click\">Unsubscribe</button></form>",
            raw: true);
    }

    private static async Task<ContentHttpResult> UnsubscribeAsync(
        string token, IGrainFactory grains, SolicitationLinks links, [FromKeyedServices(Grains.DomainClock.Key)] TimeProvider time, CancellationToken cancellationToken)
    {
        if (links.Read(token) is not { Kind: LinkKind.Unsubscribe } link)
        {
            return Page(StatusCodes.Status404NotFound, "Link not found", "This unsubscribe link is not valid.");
        }

        // An unsubscribe link keeps working past its date: refusing one would only keep mailing someone who asked us not to.
        cancellationToken.ThrowIfCancellationRequested();
        var now = time.GetUtcNow();
        if (await grains.GetGrain<ISolicitationRecipientGrain>($"{link.ClientId}/{link.RecipientId}").SuppressAsync("unsubscribed", now))
        {
            await grains.GetGrain<ISolicitationReportGrain>(link.ClientId).CountAsync(DateOnly.FromDateTime(now.UtcDateTime), new SolicitationCounts(Unsubscribed: 1));
        }

        return Page(StatusCodes.Status200OK, "Unsubscribed", "You will get no more review requests from this shop.");
    }

    private static ContentHttpResult Page(int status, string title, string body, bool raw = false) => TypedResults.Content(
        $"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>{title}</title></head>" +
        $"<body style=\"font-family:sans-serif;max-width:40em;margin:3em auto\"><h1>{title}</h1>{(raw ? body : "<p>" + WebUtility.HtmlEncode(body) + "</p>")}</body></html>",
        "text/html; charset=utf-8", statusCode: status);
}
