using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Ugc.Contracts.Content;
using Ugc.Contracts.Moderation;
using Ugc.Grains.Catalog;
using Ugc.Grains.Storage;

namespace Ugc.Grains.Content;

/// <summary>
/// One piece of content: it moderates its own submission (handed over by the <c>submissions</c> stream's
/// dispatcher), keeps its status and trail, takes feedback, responses and human decisions, and publishes to its product.
/// </summary>
[CollectionAgeLimit(Minutes = GrainLifetimes.SubmissionGrainMinutes)]
public sealed partial class ContentGrain(
    [PersistentState("content")] IPersistentState<ContentState> state, [FromKeyedServices(DomainClock.Key)] TimeProvider time, FreshnessTracker freshness,
    ILogger<ContentGrain> logger)
    : Grain, IContentGrain
{
    private ContentState S => state.State;

    public Task<ContentDetails?> GetAsync() => Task.FromResult(S.Document is { } d && S.Submission is { } s
        ? new ContentDetails(d.Id, d.ClientId, S.Status, d, [.. S.Trail], s.AcknowledgedAt, S.DecidedAt)
        : null);

    public Task<ContentDocument?> GetForAuthorAsync(string authorToken) => Task.FromResult(
        S.Submission is { } s && S.Status != ContentStatus.Removed
        && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.UTF8.GetBytes(s.AuthorToken), System.Text.Encoding.UTF8.GetBytes(authorToken))
            ? S.Document
            : null);

    public async Task<ContentDetails> DecideAsync(HumanDecision decision)
    {
        var document = Document();
        if (S.Status == ContentStatus.Removed)
        {
            throw new ConflictException($"Content '{document.Id}' was removed.");
        }

        var wasVisible = S.Status == ContentStatus.Approved;
        S.Status = decision.Approve ? ContentStatus.Approved : ContentStatus.Rejected;
        S.DecidedAt = time.GetUtcNow();
        S.Document = document with { LastModeratedTime = S.DecidedAt };
        S.Trail.Add(new("human", decision.Moderator, decision.Approve ? "approve" : "reject", null, null, decision.Reason, S.DecidedAt.Value));
        await state.WriteOrReloadAsync(this);
        await GrainFactory.GetGrain<IModerationQueueGrain>(document.ClientId).RemoveAsync(document.Id);
        await LabelModelsAsync(decision);
        if (decision.Approve || wasVisible)
        {
            await PublishAsync(decision.Approve ? ContentEventKind.Published : ContentEventKind.Withdrawn);
        }

        freshness.RecordDecision(decision.Approve ? "human-approved" : "human-rejected");
        return (await GetAsync())!;
    }

    public async Task<ContentDetails> AddFeedbackAsync(FeedbackVoteRequest feedback)
    {
        var document = Document();
        if (S.Status != ContentStatus.Approved)
        {
            throw new NotFoundException($"Content '{document.Id}' is not published.");
        }

        var voters = feedback.Helpfulness ? S.HelpfulnessVoters : S.Reporters;
        if (!voters.Add(feedback.UserId))
        {
            throw new ConflictException($"User '{feedback.UserId}' already gave this feedback on '{document.Id}'.");
        }

        S.Document = feedback.Helpfulness
            ? document with
            {
                PositiveFeedback = document.PositiveFeedback + (feedback.Positive ? 1 : 0),
                NegativeFeedback = document.NegativeFeedback + (feedback.Positive ? 0 : 1),
            }
            : document with { InappropriateFeedback = document.InappropriateFeedback + 1 };
        var requeue = !feedback.Helpfulness && S.Document.InappropriateFeedback >= (await Rules()).Moderation.InappropriateReportsToRequeue;
        if (requeue)
        {
            S.Status = ContentStatus.Held;
            S.Trail.Add(new("feedback", "inappropriate-reports", "hold", null, null, $"{S.Document.InappropriateFeedback} reports", time.GetUtcNow()));
        }

        await state.WriteOrReloadAsync(this);
        if (requeue)
        {
            await EnqueueForHumansAsync("inappropriate reports", sampled: false);
            await PublishAsync(ContentEventKind.Withdrawn);
        }
        else
        {
            await PublishAsync(ContentEventKind.Published);
        }

        return (await GetAsync())!;
    }

    public async Task<ContentDetails> AddResponseAsync(ClientResponse response)
    {
        var document = Document();
        S.Document = document with { Responses = [.. document.Responses, response], LastModificationTime = time.GetUtcNow() };
        await state.WriteOrReloadAsync(this);
        if (S.Status == ContentStatus.Approved)
        {
            await PublishAsync(ContentEventKind.Published);
        }

        return (await GetAsync())!;
    }

    public async Task RemoveAsync(string reason)
    {
        if (S.Document is null || S.Status == ContentStatus.Removed)
        {
            return;
        }

        var wasVisible = S.Status == ContentStatus.Approved;
        S.Status = ContentStatus.Removed;
        S.Trail.Add(new("decision", "removal", "remove", null, null, reason, time.GetUtcNow()));
        await state.WriteOrReloadAsync(this);
        await GrainFactory.GetGrain<IModerationQueueGrain>(S.Document.ClientId).RemoveAsync(S.Document.Id);
        if (wasVisible)
        {
            await PublishAsync(ContentEventKind.Withdrawn);
        }
    }

    private ContentDocument Document() => S.Document ?? throw new NotFoundException($"Content '{this.GetPrimaryKeyString()}' does not exist.");

    private async Task PublishAsync(ContentEventKind kind)
    {
        var document = Document();
        var stream = this.GetStreamProvider(StreamNames.Provider)
            .GetStream<ContentEvent>(StreamId.Create(StreamNames.ContentEvents, $"{document.ClientId}/{document.ProductId}"));
        await stream.OnNextAsync(new ContentEvent(kind, document, S.Submission!.AcknowledgedAt));
    }

    private async Task EnqueueForHumansAsync(string reason, bool sampled)
    {
        var document = Document();
        var excerpt = DocumentFactory.Text(document);
        await GrainFactory.GetGrain<IModerationQueueGrain>(document.ClientId).EnqueueAsync(new QueuedContent(
            document.Id, document.ProductId, reason, sampled, time.GetUtcNow(), excerpt.Length > 200 ? excerpt[..200] : excerpt));
    }
}
