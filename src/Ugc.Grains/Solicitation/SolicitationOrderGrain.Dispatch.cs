using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Ugc.Contracts.Catalog;
using Ugc.Contracts.Shoppers;
using Ugc.Contracts.Solicitation;
using Ugc.Grains.Notifications;

namespace Ugc.Grains.Solicitation;

// The decision at the send time, the record before the send, and the record of its outcome.
public sealed partial class SolicitationOrderGrain
{
    public async Task<DispatchOutcome> DispatchAsync(DispatchRequest request)
    {
        var now = request.Now;
        switch (S.Status)
        {
            case null:
                return new DispatchOutcome(DispatchStatus.Idle, null, null);
            case OrderStatus.Dispatching:
                // Only a stop between the record and its outcome leaves this behind: the message may be out.
                LogUnconfirmed(logger, ClientId, OrderId, S.MessageId);
                return await FinishAsync(OrderStatus.Unconfirmed, "interrupted", now, request.Settings, DispatchStatus.Unconfirmed);
            case OrderStatus.Scheduled when S.DueAt > now:
                return new DispatchOutcome(DispatchStatus.Idle, null, S.DueAt);
            case OrderStatus.Scheduled:
                return await DecideAndSendAsync(request);
            default:
                if (S.PurgeAt <= now)
                {
                    await state.ClearStateAsync();
                    state.State = new SolicitationOrderState();
                    return new DispatchOutcome(DispatchStatus.Idle, null, null);
                }

                return new DispatchOutcome(DispatchStatus.Idle, null, S.PurgeAt);
        }
    }

    private async Task<DispatchOutcome> DecideAndSendAsync(DispatchRequest request)
    {
        var (now, settings) = (request.Now, request.Settings);
        if (!settings.Enabled)
        {
            return await SkipAsync("disabled", now, settings);
        }

        if (SealedContact.FromJson(S.Sealed is { } all ? protector.Open(all, Key) : null) is not { } contact)
        {
            return await SkipAsync("unreadable", now, settings);
        }

        var recipient = GrainFactory.GetGrain<ISolicitationRecipientGrain>($"{ClientId}/{S.RecipientId}");
        var (suppressed, reviewedBySolicitation) = await recipient.GetStandingAsync();
        if (suppressed)
        {
            return await SkipAsync("suppressed", now, settings);
        }

        var products = await ProductsAsync(settings, reviewedBySolicitation);
        if (products.Count == 0)
        {
            return await SkipAsync("reviewed", now, settings);
        }

        if (senders.FirstOrDefault(s => s.Channel == settings.Channel) is not { } sender)
        {
            return await RetryOrFailAsync(now, settings, recipient, $"no {settings.Channel} channel configured");
        }

        if (settings.FrequencyCapDays > 0 && !await recipient.TryReserveAsync(OrderId, now, settings.FrequencyCapDays))
        {
            return await SkipAsync("capped", now, settings);
        }

        var message = await ComposeAsync(request, contact, products);

        // Recorded before the send: a stop from here on leaves Dispatching, which is never sent again.
        S.Status = OrderStatus.Dispatching;
        S.Attempts++;
        S.MessageId = message.MessageId;
        await state.WriteStateAsync();

        DeliveryResult result;
        try
        {
            // A stopping silo cuts the send short: before the hand-over that is a plain retry, during it an unconfirmed send.
            var stopping = ServiceProvider.GetService<IHostApplicationLifetime>()?.ApplicationStopping ?? CancellationToken.None;
            result = await sender.SendAsync(message, stopping);
        }
        catch (Exception ex)
        {
            LogSenderFault(logger, ClientId, OrderId, ex);
            result = new DeliveryResult(DeliveryStatus.Uncertain, ex.GetType().Name);
        }

        switch (result.Status)
        {
            case DeliveryStatus.Delivered:
                S.SentAt = now;
                S.Asked = [.. products.Select(p => p.Id)];
                S.SealedHint = contact.Name is { } name && MessageModel.FirstNameOf(name) is { } first ? protector.Seal(first, Key) : null;
                LogSent(logger, ClientId, OrderId, S.Attempts);
                return await FinishAsync(OrderStatus.Sent, null, now, settings, DispatchStatus.Sent);
            case DeliveryStatus.Transient:
                return await RetryOrFailAsync(now, settings, recipient, result.Reason ?? "transient");
            case DeliveryStatus.Permanent:
                await recipient.ReleaseAsync(OrderId);
                return await FinishAsync(OrderStatus.Failed, result.Reason ?? "refused", now, settings, DispatchStatus.Failed);
            default:
                return await FinishAsync(OrderStatus.Unconfirmed, result.Reason ?? "uncertain", now, settings, DispatchStatus.Unconfirmed);
        }
    }

    private async Task<DispatchOutcome> RetryOrFailAsync(DateTimeOffset now, SolicitationSettings settings, ISolicitationRecipientGrain recipient, string reason)
    {
        var attempts = Math.Max(S.Attempts, 1);
        if (attempts >= options.Value.MaxAttempts)
        {
            await recipient.ReleaseAsync(OrderId);
            LogGaveUp(logger, ClientId, OrderId, attempts, reason);
            return await FinishAsync(OrderStatus.Failed, "attempts: " + reason, now, settings, DispatchStatus.Failed);
        }

        S.Attempts = attempts;
        S.Status = OrderStatus.Scheduled;
        S.Reason = reason;
        S.DueAt = SendTimeCalculator.IntoWindow(now + options.Value.Backoff(attempts), ShopperZone.Parse(S.Zone), settings.WindowStartHour, settings.WindowEndHour);
        await state.WriteStateAsync();
        LogDeferred(logger, ClientId, OrderId, attempts, reason, S.DueAt);
        return new DispatchOutcome(DispatchStatus.Deferred, reason, S.DueAt, Transport: true);
    }

    private Task<DispatchOutcome> SkipAsync(string reason, DateTimeOffset now, SolicitationSettings settings) =>
        FinishAsync(OrderStatus.Skipped, reason, now, settings, DispatchStatus.Skipped);

    /// <summary>Records a final status: personal data dropped (a first-name hint kept after a send), purge scheduled.</summary>
    private async Task<DispatchOutcome> FinishAsync(OrderStatus status, string? reason, DateTimeOffset now, SolicitationSettings settings, DispatchStatus outcome)
    {
        S.Status = status;
        S.Reason = reason;
        S.Sealed = null;
        S.PurgeAt = now.AddDays(status == OrderStatus.Sent ? settings.LinkLifetimeDays : settings.MaxLatenessDays + 1);
        await state.WriteStateAsync();
        return new DispatchOutcome(outcome, reason, S.PurgeAt);
    }

    private async Task<List<MessageProduct>> ProductsAsync(SolicitationSettings settings, IReadOnlyList<string> reviewedBySolicitation)
    {
        var rules = settings.ProductRules;
        var reviewed = new HashSet<string>(reviewedBySolicitation, StringComparer.Ordinal);
        if (rules.SkipReviewed && S.UserId is { } userId)
        {
            reviewed.UnionWith(await GrainFactory.GetGrain<IShopperGrain>($"{ClientId}/{userId}").GetReviewedProductsAsync());
        }

        var chosen = new List<MessageProduct>();
        foreach (var product in ProductQualifier.ByOrder(S.Products, rules))
        {
            var catalog = (await GrainFactory.GetGrain<IProductGrain>($"{ClientId}/{product.Id}").GetAsync())?.Catalog;
            if (ProductQualifier.ByCatalog(product, catalog, rules, reviewed))
            {
                chosen.Add(new MessageProduct(product.Id, product.Name ?? catalog?.Name ?? product.Id, product.ImageUrl ?? catalog?.ImageUrl, product.Price, ""));
                if (chosen.Count >= rules.MaxProducts)
                {
                    break;
                }
            }
        }

        return chosen;
    }

    private async Task<NotificationMessage> ComposeAsync(DispatchRequest request, SealedContact contact, List<MessageProduct> products)
    {
        var expires = request.Now.AddDays(request.Settings.LinkLifetimeDays);
        var withLinks = products.Select(p => p with
        {
            ReviewUrl = links.ReviewUrl(new LinkToken(LinkKind.Review, ClientId, OrderId, p.Id, S.RecipientId, expires)),
        }).ToList();
        var unsubscribe = links.UnsubscribeUrl(new LinkToken(LinkKind.Unsubscribe, ClientId, OrderId, "", S.RecipientId, request.Now.AddDays(400)));
        var template = SolicitationTemplates.Choose(request.Settings.Templates, S.Locale);
        var content = await templates.RenderAsync(template, new MessageModel(contact.Name, request.ClientName, OrderId, withLinks, unsubscribe));
        var id = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Key)), 0, 12).ToLowerInvariant();
        return new NotificationMessage(
            $"{id}.{S.Attempts + 1}", ClientId, OrderId, request.Settings.Relay, request.Settings.WebhookUrl, contact.Email, contact.Name, contact.Phone,
            request.Settings.FromAddress, string.IsNullOrWhiteSpace(request.Settings.FromName) ? request.ClientName : request.Settings.FromName,
            S.Locale, content, unsubscribe, withLinks);
    }

    [LoggerMessage(EventId = 2703, Level = LogLevel.Debug, Message = "Client {ClientId}: order {OrderId} sent (attempt {Attempt})")]
    private static partial void LogSent(ILogger logger, string clientId, string orderId, int attempt);

    [LoggerMessage(EventId = 2704, Level = LogLevel.Information, Message = "Client {ClientId}: order {OrderId} attempt {Attempt} failed ({Reason}); retry at {RetryAt:o}")]
    private static partial void LogDeferred(ILogger logger, string clientId, string orderId, int attempt, string reason, DateTimeOffset retryAt);

    [LoggerMessage(EventId = 2705, Level = LogLevel.Warning, Message = "Client {ClientId}: order {OrderId} failed after {Attempts} attempts ({Reason})")]
    private static partial void LogGaveUp(ILogger logger, string clientId, string orderId, int attempts, string reason);

    [LoggerMessage(EventId = 2706, Level = LogLevel.Warning, Message = "Client {ClientId}: order {OrderId} was being sent ({MessageId}) when the silo stopped: not sent again")]
    private static partial void LogUnconfirmed(ILogger logger, string clientId, string orderId, string? messageId);

    [LoggerMessage(EventId = 2707, Level = LogLevel.Error, Message = "Client {ClientId}: order {OrderId}: the sender threw; treated as possibly sent")]
    private static partial void LogSenderFault(ILogger logger, string clientId, string orderId, Exception exception);
}
