using System.Security.Cryptography;
using System.Text;
using Ugc.Contracts.Content;
using Ugc.Contracts.Queries;
using Ugc.Contracts.Shoppers;
using Ugc.Contracts.Submissions;
using Ugc.Grains.Shoppers;

namespace Ugc.Grains.Submissions;

// The author, the nickname, the velocity checks and the durable append.
public sealed partial class SubmissionGrain
{
    /// <summary>
    /// The author with the address the gateway saw. An author without a user id gets the generated id of their device
    /// fingerprint, or else of their address; with neither, a fresh one.
    /// </summary>
    private async Task<ResolvedAuthor> AuthorAsync(SubmissionContext context, SubmissionAuthor author)
    {
        var address = context.Request.AuthorAddress;
        var withAddress = author with { IpAddress = address };
        if (author.UserId != SubmissionFormValidator.AnonymousUserId)
        {
            return new ResolvedAuthor(withAddress, Anonymous: false);
        }

        var binding = author.DeviceFingerprint is { } fp ? "fp:" + Hash(fp) : address is { } ip ? "ip:" + Hash(ip) : null;
        var id = binding is null
            ? AnonymousAuthorGrain.IdPrefix + NewId()
            : await GrainFactory.GetGrain<IAnonymousAuthorGrain>($"{context.ClientId}/{binding}").GetIdAsync();
        return new ResolvedAuthor(withAddress with { UserId = id }, Anonymous: true);
    }

    private async Task<SubmissionStep> AppendAsync(
        SubmissionContext context, ContentType type, string productId, ResolvedAuthor resolved, string? text, int? rating,
        Func<ContentSubmission, ContentSubmission> attach)
    {
        var clientId = context.ClientId;
        var author = resolved.Author;
        var shopper = GrainFactory.GetGrain<IShopperGrain>($"{clientId}/{author.UserId}");

        // A new shopper's activation reads storage: let it happen while the nickname is checked, not after.
        var activating = shopper.GetAsync();
        var nicknameFree = author.UserNickname is not { } nickname || await NicknameAvailableAsync(clientId, nickname, resolved);
        await activating;
        if (!nicknameFree)
        {
            return SubmissionStep.FieldError("usernickname", SubmissionErrorCodes.FormDuplicateNickname,
                $"The nickname '{author.UserNickname}' is taken.", blockedBy: "nickname");
        }

        var contentId = NewId();
        var decision = await shopper.CheckAndRecordAsync(new VelocityCheck(
            contentId, type, productId, author.UserNickname, author.UserEmail, author.DeviceFingerprint, author.IpAddress,
            DuplicateTextRule.Fingerprint(text), rating));
        if (!decision.Allowed)
        {
            var by = decision.BlockedBy ?? "other";
            metrics.RecordVelocityBlock(by);
            var code = decision.ErrorCode ?? SubmissionErrorCodes.RequestLimitReached;
            var message = decision.Message ?? "Too many submissions; try again later.";
            return decision.Field is { } field
                ? SubmissionStep.FieldError(field.ToLowerInvariant(), code, message, by)
                : SubmissionStep.Error(code, message, by);
        }

        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
        var now = time.GetUtcNow();
        var submission = attach(new ContentSubmission(contentId, clientId, type, now, token, decision.Flags));

        // The acknowledgement waits for the append: a durable stream provider completes it once the batch is stored.
        await appender.AppendAsync(submission);
        metrics.RecordSubmission();
        LogStored(logger, clientId, context.Request.Kind, contentId);
        return SubmissionStep.Stored(new SubmissionAcknowledgement(contentId, now, token));
    }

    /// <summary>
    /// A shopper with a user id claims the nickname (first come, then theirs to reuse). An anonymous author claims
    /// nothing, having no account to keep it, but may not take a nickname someone holds.
    /// </summary>
    private async Task<bool> NicknameAvailableAsync(string clientId, string nickname, ResolvedAuthor resolved)
    {
        var grain = GrainFactory.GetGrain<INicknameGrain>($"{clientId}/{nickname.Trim().ToLowerInvariant()}");
        return resolved.Anonymous ? await grain.GetHolderAsync() is null : await grain.ClaimAsync(resolved.Author.UserId);
    }

    private static string Hash(string value) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(value)), 0, 16).ToLowerInvariant();

    /// <summary>The author as stored, and whether their id was generated.</summary>
    private sealed record ResolvedAuthor(SubmissionAuthor Author, bool Anonymous);
}
