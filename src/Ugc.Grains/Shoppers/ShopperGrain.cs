using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Ugc.Contracts.Clients;
using Ugc.Contracts.Content;
using Ugc.Contracts.Queries;
using Ugc.Contracts.Shoppers;
using Ugc.Contracts.Solicitation;
using Ugc.Grains.Options;
using Ugc.Grains.Storage;
using Ugc.Grains.Velocity;

namespace Ugc.Grains.Shoppers;

/// <summary>
/// A shopper of one client: history, private e-mail, and the velocity checks of every submission. Checks answer
/// from memory and the history is written behind; <see cref="ConfirmAsync"/>, called when the acknowledged submission
/// is moderated, records it again if a restart lost it and makes it durable before the content can be published.
/// </summary>
[CollectionAgeLimit(Minutes = GrainLifetimes.SubmissionGrainMinutes)]
public sealed class ShopperGrain(
    [PersistentState("shopper")] IPersistentState<ShopperState> state,
    [FromKeyedServices(DomainClock.Key)] TimeProvider time,
    IOptions<SubmissionPipelineOptions> options) : Grain, IShopperGrain
{
    private const string LimitReached = "ERROR_REQUEST_LIMIT_REACHED";

    private DeferredStateWriter? _writer;

    private DeferredStateWriter Writer => _writer ??= new DeferredStateWriter(this, state, options.Value.BookkeepingDelay);

    private string ClientId => this.GetPrimaryKeyString()[..this.GetPrimaryKeyString().IndexOf('/', StringComparison.Ordinal)];

    private string UserId => this.GetPrimaryKeyString()[(this.GetPrimaryKeyString().IndexOf('/', StringComparison.Ordinal) + 1)..];

    public async Task<VelocityDecision> CheckAndRecordAsync(VelocityCheck check)
    {
        var now = time.GetUtcNow();
        var (_, limits, _) = await GrainFactory.GetGrain<IClientGrain>(ClientId).GetRulesAsync();
        var window = Window(limits);

        if (window.Count(now) >= limits.SubmissionsPerShopper)
        {
            return VelocityDecision.Block(LimitReached, null, $"Too many submissions from this shopper; at most {limits.SubmissionsPerShopper} per {limits.WindowMinutes} minutes.",
                window.NextExpiry(now) - now, "shopper");
        }

        if (check.Type == ContentType.Reviews && state.State.ReviewsByProduct.GetValueOrDefault(check.ProductId) >= limits.ReviewsPerProductPerShopper)
        {
            return VelocityDecision.Block("ERROR_DUPLICATE_SUBMISSION", null, "This shopper has already reviewed this product.", blockedBy: "product");
        }

        foreach (var (kind, value, limit) in new[]
        {
            ("device", check.DeviceFingerprint, limits.SubmissionsPerDevice),
            ("ip", check.IpAddress, limits.SubmissionsPerIp),
            ("email", check.Email?.Trim().ToLowerInvariant(), limits.SubmissionsPerEmail),
        })
        {
            if (!string.IsNullOrEmpty(value))
            {
                var (allowed, retryAfter) = await GrainFactory.GetGrain<IVelocityGrain>($"{kind}:{ClientId}:{value}").TryAcquireAsync(limit, limits.Window);
                if (!allowed)
                {
                    return VelocityDecision.Block(LimitReached, null, $"Too many submissions from this {kind}; at most {limit} per {limits.WindowMinutes} minutes.", retryAfter, kind);
                }
            }
        }

        if (check.TextFingerprint is { } fingerprint)
        {
            var hash = ulong.Parse(fingerprint, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
            var unique = await GrainFactory.GetGrain<IDuplicateTextGrain>(DuplicateTextGrain.Key(ClientId, hash)).TryClaimAsync(hash, TimeSpan.FromDays(365), check.ContentId);
            if (!unique)
            {
                return VelocityDecision.Block("ERROR_FORM_DUPLICATE", check.Type == ContentType.Reviews ? "reviewtext" : "text",
                    "The same text was submitted already.", blockedBy: "text");
            }
        }

        var flags = new List<string>();
        if (check.Rating is <= 2)
        {
            var lowRatings = await GrainFactory.GetGrain<IVelocityGrain>($"burst:{ClientId}/{check.ProductId}").RecordAsync(limits.BurstWindow);
            if (lowRatings > limits.LowRatingBurst)
            {
                flags.Add("rating-burst");
            }
        }

        Record(check, window, now);
        return VelocityDecision.Allow(flags);
    }

    public async Task ConfirmAsync(VelocityCheck check, DateTimeOffset submittedAt)
    {
        if (!state.State.ContentIds.Contains(check.ContentId))
        {
            var (_, limits, _) = await GrainFactory.GetGrain<IClientGrain>(ClientId).GetRulesAsync();
            Record(check, Window(limits), submittedAt);
        }

        await Writer.FlushAsync();
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => Writer.FlushAsync();

    public Task<AuthorView?> GetAsync() => Task.FromResult(state.State.FirstSeen is null
        ? null
        : new AuthorView(UserId, state.State.Nickname, state.State.Location, [.. state.State.ContentIds], state.State.FirstSeen));

    public Task<IReadOnlyList<string>> GetReviewedProductsAsync() =>
        Task.FromResult<IReadOnlyList<string>>([.. state.State.ReviewsByProduct.Where(r => r.Value > 0).Select(r => r.Key)]);

    public async Task<int> EraseAsync()
    {
        var contentIds = state.State.ContentIds.ToList();
        foreach (var contentId in contentIds)
        {
            await GrainFactory.GetGrain<IContentGrain>(contentId).RemoveAsync("shopper erasure");
        }

        // Their transactions and pending review requests go too.
        await GrainFactory.GetGrain<ISolicitationShopperGrain>(this.GetPrimaryKeyString()).EraseAsync();
        Writer.Discard();
        await state.ClearStateAsync();
        return contentIds.Count;
    }

    private SlidingWindowCounter Window(VelocityLimits limits) => state.State.Submissions is { } saved && saved.Window == limits.Window
        ? SlidingWindowCounter.FromState(saved)
        : new SlidingWindowCounter(limits.Window);

    private void Record(VelocityCheck check, SlidingWindowCounter window, DateTimeOffset at)
    {
        window.Add(at);
        state.State.Submissions = window.ToState();
        state.State.FirstSeen ??= at;
        state.State.Nickname = check.Nickname ?? state.State.Nickname;
        state.State.Email = check.Email ?? state.State.Email;
        state.State.ContentIds.Add(check.ContentId);
        if (check.Type == ContentType.Reviews)
        {
            state.State.ReviewsByProduct[check.ProductId] = state.State.ReviewsByProduct.GetValueOrDefault(check.ProductId) + 1;
        }

        Writer.Changed();
    }
}
