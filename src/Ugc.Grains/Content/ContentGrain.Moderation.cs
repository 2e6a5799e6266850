using Microsoft.Extensions.Logging;
using Ugc.Contracts.Clients;
using Ugc.Contracts.Content;
using Ugc.Contracts.Moderation;
using Ugc.Contracts.Queries;
using Ugc.Grains.Moderation;
using Ugc.Grains.Storage;

namespace Ugc.Grains.Content;

/// <summary>The moderation pipeline: velocity flags, the client's rules, the routed models, then the decision.</summary>
public sealed partial class ContentGrain
{
    /// <summary>Velocity flags that send content to humans whatever the rules say.</summary>
    public static readonly IReadOnlySet<string> HoldingFlags = new HashSet<string>(StringComparer.Ordinal) { "rating-burst", "duplicate-text", "nickname-conflict" };

    /// <summary>Velocity flag of a nickname another user came to hold while a restart lost this submission's claim.</summary>
    public const string NicknameConflictFlag = "nickname-conflict";

    public async Task ModerateAsync(ContentSubmission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        if (S.Submission is not null)
        {
            // A redelivered submission: already moderated. The silo may have died (or the stream append failed)
            // between the state write and passing the decision on, so pass it on again; both steps are idempotent.
            await PassOnDecisionAsync();
            return;
        }

        try
        {
            var productId = await ResolveProductAsync(submission);
            var conflict = await ConfirmAuthorAsync(submission, productId);
            S.Submission = submission;
            S.Document = DocumentFactory.Create(submission, productId);
            S.Status = ContentStatus.Submitted;
            await ModerateAsync(conflict ? [NicknameConflictFlag] : []);
        }
        catch
        {
            // Memory must not claim a moderation storage never saw: the redelivery has to find this grain unmoderated.
            await ForgetUnstoredModerationAsync();
            throw;
        }
    }

    /// <summary>
    /// Takes back what storage holds after a failed moderation. If storage cannot even be read (the database is down),
    /// memory goes back to the unmoderated state storage held before (a moderation is stored whole or not at all) and
    /// the activation ends, so whatever comes next reads what storage really holds.
    /// </summary>
    private async Task ForgetUnstoredModerationAsync()
    {
        if (await state.ReloadOrEndAsync(this) is { } unreadable)
        {
            state.State = new ContentState();
            LogModerationForgotten(logger, unreadable, this.GetPrimaryKeyString());
        }
    }

    /// <summary>
    /// Makes the author's records durable before the content can show: the shopper's history (re-recorded if a restart
    /// lost the written-behind copy) and the nickname claim. True when the nickname went to someone else meanwhile.
    /// </summary>
    private async Task<bool> ConfirmAuthorAsync(ContentSubmission submission, string productId)
    {
        var author = submission.Author;
        var text = submission.Review?.ReviewText ?? submission.Answer?.AnswerText ?? submission.Comment?.CommentText
            ?? (submission.Question is { } q ? $"{q.QuestionSummary} {q.QuestionDetails}" : null);
        var check = new Contracts.Shoppers.VelocityCheck(submission.ContentId, submission.Type, productId, author.UserNickname, author.UserEmail,
            author.DeviceFingerprint, author.IpAddress, Submissions.DuplicateTextRule.Fingerprint(text), submission.Review?.Rating);
        var shopper = GrainFactory.GetGrain<Contracts.Shoppers.IShopperGrain>($"{submission.ClientId}/{author.UserId}").ConfirmAsync(check, submission.AcknowledgedAt);
        var nickname = author.UserNickname is { } name && !author.UserId.StartsWith(Shoppers.AnonymousAuthorGrain.IdPrefix, StringComparison.Ordinal)
            ? GrainFactory.GetGrain<Contracts.Shoppers.INicknameGrain>($"{submission.ClientId}/{name.Trim().ToLowerInvariant()}").ConfirmAsync(author.UserId)
            : Task.FromResult(true);
        await Task.WhenAll(shopper, nickname);
        return !await nickname;
    }

    private async Task ModerateAsync(IReadOnlyList<string> extraFlags)
    {
        var document = Document();
        var now = time.GetUtcNow();
        var (moderation, _, _) = await Rules();
        var outcome = RuleOutcome.Pass;

        foreach (var flag in S.Submission!.VelocityFlags.Concat(extraFlags))
        {
            var holds = HoldingFlags.Contains(flag);
            S.Trail.Add(new("velocity", flag, holds ? "hold" : "flag", null, null, null, now));
            outcome = holds ? Max(outcome, RuleOutcome.Hold) : outcome;
        }

        var rules = new ModerationRules(ModerationProfile.For(moderation));
        foreach (var verdict in rules.Evaluate(new ModerationSubmission(DocumentFactory.Fields(document))))
        {
            S.Trail.Add(new("rule", verdict.Rule, Verdict(verdict.Outcome), null, verdict.ReasonCode, verdict.Detail ?? verdict.Field, now));
            outcome = Max(outcome, verdict.Outcome);
        }

        var text = DocumentFactory.Text(document);
        if (text.Length > 0)
        {
            // Models judge after the rules: a model's extreme score rejects a short text only if a rule agrees.
            var ruleFlagged = outcome > RuleOutcome.Pass;
            var words = ModelDecision.WordCount(text);
            foreach (var route in moderation.Models)
            {
                var score = await GrainFactory.GetGrain<IModelGrain>(route.ModelId).ScoreAsync(text);
                var (modelOutcome, why) = ModelDecision.Decide(route, score.Score, words, ruleFlagged);
                S.ModelScores[route.ModelId] = score.Score;
                S.Trail.Add(new("model", route.ModelId, Verdict(modelOutcome), score.Score, modelOutcome == RuleOutcome.Pass ? null : ModerationReasonCodes.Restricted,
                    why is null ? $"version {score.Version}" : $"version {score.Version}; {why}", now));
                if (score.ShadowVersion is { } shadow)
                {
                    S.Trail.Add(new("shadow", route.ModelId, "score", score.ShadowScore, null, $"version {shadow}", now));
                }

                outcome = Max(outcome, modelOutcome);
            }
        }

        if (outcome == RuleOutcome.Pass && !moderation.AutoApprove)
        {
            outcome = RuleOutcome.Hold;
            S.Trail.Add(new("decision", "auto-approve-off", "hold", null, null, "the client reviews all content", now));
        }

        S.Status = outcome switch
        {
            RuleOutcome.Reject => ContentStatus.Rejected,
            RuleOutcome.Hold => ContentStatus.Held,
            _ => ContentStatus.Approved,
        };
        S.DecidedAt = now;
        S.Document = document with { LastModeratedTime = now };
        var sampled = S.Status != ContentStatus.Held && IsSampled(document.Id, moderation.HumanSampleRate);
        S.Trail.Add(new("decision", "pipeline", S.Status.ToString().ToLowerInvariant(), null,
            S.Status == ContentStatus.Rejected ? S.Trail.LastOrDefault(t => t.Verdict == "reject")?.ReasonCode : null,
            sampled ? "sampled for quality review" : null, now));
        await state.WriteStateAsync();

        if (S.Status == ContentStatus.Approved)
        {
            await PublishAsync(ContentEventKind.Published);
        }

        if (S.Status == ContentStatus.Held || sampled)
        {
            await EnqueueForHumansAsync(sampled ? "quality sample" : S.Trail.Last(t => t.Verdict == "hold").Name, sampled);
        }

        freshness.RecordDecision(S.Status.ToString().ToLowerInvariant());
        await GrainFactory.GetGrain<IClientActivityGrain>(document.ClientId).CountAsync(S.Status.ToString().ToLowerInvariant(), DateOnly.FromDateTime(now.UtcDateTime), 1);
    }

    private async Task PassOnDecisionAsync()
    {
        if (S.Status == ContentStatus.Approved)
        {
            await PublishAsync(ContentEventKind.Published);
        }
        else if (S.Status == ContentStatus.Held && S.Trail.LastOrDefault(t => t.Verdict == "hold") is { } hold)
        {
            await EnqueueForHumansAsync(hold.Name, sampled: false);
        }
    }

    private async Task LabelModelsAsync(HumanDecision decision)
    {
        var text = DocumentFactory.Text(Document());
        if (text.Length == 0)
        {
            return;
        }

        var (moderation, _, _) = await Rules();
        foreach (var route in moderation.Models)
        {
            // An approval says no model should have flagged it; a rejection concerns the models that did (or all, if none did).
            var flaggedByThis = S.ModelScores.GetValueOrDefault(route.ModelId) >= route.HoldAbove;
            var anyFlagged = moderation.Models.Any(m => S.ModelScores.GetValueOrDefault(m.ModelId) >= m.HoldAbove);
            var reasonNamesModel = decision.Reason?.Contains(route.ModelId, StringComparison.OrdinalIgnoreCase) == true;
            if (decision.Approve || flaggedByThis || reasonNamesModel || !anyFlagged)
            {
                await GrainFactory.GetGrain<IModelGrain>(route.ModelId).AddLabelAsync(new LabeledText(text, Flagged: !decision.Approve));
            }
        }
    }

    private async Task<string> ResolveProductAsync(ContentSubmission item)
    {
        var parentId = item.Answer?.QuestionId ?? item.Comment?.ReviewId;
        if (parentId is null)
        {
            return item.Review?.ProductId ?? item.Question?.ProductId ?? throw new ValidationException("The submission names no product.");
        }

        var parent = await GrainFactory.GetGrain<IContentGrain>(parentId).GetAsync();
        return parent?.Document.ProductId ?? throw new NotFoundException($"'{parentId}' does not exist.");
    }

    private Task<(ModerationSettings Moderation, VelocityLimits Limits, ClientKind Kind)> Rules() =>
        GrainFactory.GetGrain<IClientGrain>(S.Submission?.ClientId ?? Document().ClientId).GetRulesAsync();

    /// <summary>Deterministic per content, so a redelivery samples the same way.</summary>
    private static bool IsSampled(string contentId, double rate) => rate > 0 && (Fnv1a64.Hash(contentId) % 10_000) < rate * 10_000;

    private static RuleOutcome Max(RuleOutcome a, RuleOutcome b) => a > b ? a : b;

    private static string Verdict(RuleOutcome outcome) => outcome switch
    {
        RuleOutcome.Reject => "reject",
        RuleOutcome.Hold => "hold",
        _ => "pass",
    };

    [LoggerMessage(EventId = 2303, Level = LogLevel.Warning, Message = "Moderation of {ContentId} was not stored and storage could not be re-read; the activation forgets it and ends, and the redelivered submission is moderated again")]
    private static partial void LogModerationForgotten(ILogger logger, Exception exception, string contentId);
}
