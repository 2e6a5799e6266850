using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Ugc.Contracts.Solicitation;
using Ugc.Grains.Notifications;

namespace Ugc.Grains.Solicitation;

/// <summary>
/// One order (<see cref="ISolicitationOrderGrain"/>). Intake stores it once; its bucket wakes it at its send time, when
/// it decides (suppressed, reviewed, capped), records the attempt, sends through the channel and records the outcome.
/// A record found mid-send after a stop is reconciled as unconfirmed, never sent again.
/// </summary>
public sealed partial class SolicitationOrderGrain(
    [PersistentState("solicitation-order")] IPersistentState<SolicitationOrderState> state,
    PersonalDataProtector protector,
    SolicitationLinks links,
    SolicitationTemplates templates,
    IEnumerable<INotificationSender> senders,
    IOptions<SolicitationOptions> options,
    ILogger<SolicitationOrderGrain> logger) : Grain, ISolicitationOrderGrain
{
    private SolicitationOrderState S => state.State;

    private string ClientId => Key[..Key.IndexOf('/', StringComparison.Ordinal)];

    private string OrderId => Key[(Key.IndexOf('/', StringComparison.Ordinal) + 1)..];

    private string Key => this.GetPrimaryKeyString();

    public async Task<AcceptOutcome> AcceptAsync(TransactionRecord transaction, SolicitationSettings settings, DateTimeOffset now)
    {
        if (S.Status is { } known)
        {
            return new AcceptOutcome(IntakeStatus.Duplicate, known == OrderStatus.Scheduled ? S.DueAt : S.PurgeAt);
        }

        if (!settings.Enabled)
        {
            return new AcceptOutcome(IntakeStatus.Disabled, null);
        }

        // A record of a skipped order is kept (without personal data) until a resent feed could no longer schedule it.
        var keepUntil = now.AddDays(settings.DelayDays + settings.MaxLatenessDays + 1);
        var products = ProductQualifier.ByOrder(transaction.Products, settings.ProductRules);
        if (products.Count == 0)
        {
            return await KeepSkippedAsync(transaction, now, keepUntil, IntakeStatus.Ineligible, "ineligible");
        }

        if (SendTimeCalculator.Due(transaction, settings, now) is not { } due)
        {
            return await KeepSkippedAsync(transaction, now, keepUntil, IntakeStatus.Stale, "stale");
        }

        var recipientId = protector.Pseudonym(ClientId, transaction.Email);
        if (await GrainFactory.GetGrain<ISolicitationRecipientGrain>($"{ClientId}/{recipientId}").AddOrderAsync(OrderId, now))
        {
            return await KeepSkippedAsync(transaction, now, keepUntil, IntakeStatus.Suppressed, "suppressed");
        }

        if (transaction.UserId is { } userId)
        {
            await GrainFactory.GetGrain<ISolicitationShopperGrain>($"{ClientId}/{userId}").LinkAsync(recipientId);
        }

        S.Status = OrderStatus.Scheduled;
        S.RecipientId = recipientId;
        S.Sealed = protector.Seal(new SealedContact(transaction.Email, transaction.Name, transaction.Phone).ToJson(), Key);
        S.Locale = transaction.Locale;
        S.PurchasedAt = transaction.PurchasedAt;
        S.DueAt = due;
        S.Products = [.. products];
        S.UserId = transaction.UserId;
        S.ReceivedAt = now;
        S.Zone = SendTimeCalculator.Zone(transaction, settings).Id;
        S.PurgeAt = due.AddDays(settings.MaxLatenessDays + settings.LinkLifetimeDays);
        await state.WriteStateAsync();
        LogScheduled(logger, ClientId, OrderId, due);
        return new AcceptOutcome(IntakeStatus.Scheduled, due);
    }

    public async Task<bool> ClickAsync(string productId, DateTimeOffset now)
    {
        if (S.Status is null || !S.Clicked.Add(productId))
        {
            return false;
        }

        await state.WriteStateAsync();
        await ReportAsync(now, new SolicitationCounts(Clicked: 1));
        return true;
    }

    public async Task<bool> ConvertAsync(string productId, DateTimeOffset now)
    {
        if (S.Status is null || !S.Converted.Add(productId))
        {
            return false;
        }

        await state.WriteStateAsync();
        await GrainFactory.GetGrain<ISolicitationRecipientGrain>($"{ClientId}/{S.RecipientId}").RecordReviewedAsync(productId);
        await ReportAsync(now, new SolicitationCounts(Converted: 1));
        return true;
    }

    public Task<string?> GetNicknameHintAsync()
    {
        var hint = S.SealedHint is { } sealedHint ? protector.Open(sealedHint, Key) : null;
        hint ??= SealedContact.FromJson(S.Sealed is { } all ? protector.Open(all, Key) : null) is { } contact ? MessageModel.FirstNameOf(contact.Name) : null;
        return Task.FromResult(hint);
    }

    public Task<OrderView?> GetAsync()
    {
        if (S.Status is not { } status)
        {
            return Task.FromResult<OrderView?>(null);
        }

        var contact = SealedContact.FromJson(S.Sealed is { } all ? protector.Open(all, Key) : null);
        return Task.FromResult<OrderView?>(new OrderView(
            OrderId, status, S.Reason, contact is null ? null : PersonalDataProtector.Mask(contact.Email), S.PurchasedAt, S.DueAt, S.Attempts, S.SentAt,
            [.. S.Products.Select(p => p.Id)], [.. S.Clicked.Order(StringComparer.Ordinal)], [.. S.Converted.Order(StringComparer.Ordinal)]));
    }

    public async Task EraseAsync()
    {
        // The bucket's wake-up stays: it finds nothing and drops itself, so erasure needs no second grain.
        if (S.Status is not null)
        {
            await state.ClearStateAsync();
            state.State = new SolicitationOrderState();
            LogErased(logger, ClientId, OrderId);
        }
    }

    private async Task<AcceptOutcome> KeepSkippedAsync(TransactionRecord transaction, DateTimeOffset now, DateTimeOffset keepUntil, IntakeStatus status, string reason)
    {
        S.Status = OrderStatus.Skipped;
        S.Reason = reason;
        S.PurchasedAt = transaction.PurchasedAt;
        S.DueAt = now;
        S.ReceivedAt = now;
        S.PurgeAt = keepUntil;
        S.Products = [.. transaction.Products.Select(p => p with { Name = null, ImageUrl = null })];
        await state.WriteStateAsync();
        return new AcceptOutcome(status, keepUntil);
    }

    private Task ReportAsync(DateTimeOffset now, SolicitationCounts counts) =>
        GrainFactory.GetGrain<ISolicitationReportGrain>(ClientId).CountAsync(DateOnly.FromDateTime(now.UtcDateTime), counts);

    [LoggerMessage(EventId = 2701, Level = LogLevel.Debug, Message = "Client {ClientId}: order {OrderId} scheduled for {DueAt:o}")]
    private static partial void LogScheduled(ILogger logger, string clientId, string orderId, DateTimeOffset dueAt);

    [LoggerMessage(EventId = 2702, Level = LogLevel.Information, Message = "Client {ClientId}: order {OrderId} erased")]
    private static partial void LogErased(ILogger logger, string clientId, string orderId);
}
