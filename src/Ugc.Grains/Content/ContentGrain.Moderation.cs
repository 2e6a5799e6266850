using Ugc.Contracts.Clients;
using Ugc.Contracts.Content;
using Ugc.Contracts.Moderation;
using Ugc.Contracts.Queries;
using Ugc.Grains.Moderation;

namespace Ugc.Grains.Content;

/// <summary>The moderation pipeline: velocity flags, the client's rules, the routed models, then the decision.</summary>
public sealed partial class ContentGrain
{
    /// <summary>Velocity flags that send content to humans whatever the rules say.</summary>
    public static readonly IReadOnlySet<string> HoldingFlags = new HashSet<string>(StringComparer.Ordinal) { "rating-burst", "duplicate-text" };

    public override async Task OnNextAsync(ContentSubmission item, StreamSequenceToken? token = null)
    {
        if (S.Submission is not null)
        {
            // A redelivered submission: already moderated. The silo may have died (or the stream append failed)
            // between the state write and passing the decision on, so pass it on again; both steps are idempotent.
            await PassOnDecisionAsync();
            return;
        }

        var productId = await ResolveProductAsync(item);
        await GrainFactory.GetGrain<Contracts.Analytics.IAnomalyGrain>($"{item.ClientId}/submissions").RecordAsync(item.AcknowledgedAt, 1);
        S.Submission = item;
        S.Document = DocumentFactory.Create(item, productId);
        S.Status = ContentStatus.Submitted;
        await ModerateAsync();
    }

    private async Task ModerateAsync()
    {
        var document = Document();
        var now = time.GetUtcNow();
        var (moderation, _, _) = await Rules();
        var outcome = RuleOutcome.Pass;

        foreach (var flag in S.Submission!.VelocityFlags)
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
}
