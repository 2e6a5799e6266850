using Microsoft.Extensions.Options;
using Ugc.Contracts.Shoppers;
using Ugc.Grains.Options;
using Ugc.Grains.Storage;

namespace Ugc.Grains.Shoppers;

/// <summary>
/// Hands out one generated author id per anonymous device or address. The id is random, so the public <c>AuthorId</c>
/// reveals nothing of the fingerprint or address it stands for. It is written behind: an id lost to a crash only
/// means the device's next submission gets a new one.
/// </summary>
[CollectionAgeLimit(Minutes = GrainLifetimes.SubmissionGrainMinutes)]
public sealed class AnonymousAuthorGrain(
    [PersistentState("anonymous-author")] IPersistentState<AnonymousAuthorState> state, IOptions<SubmissionPipelineOptions> options) : Grain, IAnonymousAuthorGrain
{
    /// <summary>Prefix of generated author ids; user ids a client sends may use it too, it marks nothing but origin.</summary>
    public const string IdPrefix = "anon-";

    private DeferredStateWriter? _writer;

    private DeferredStateWriter Writer => _writer ??= new DeferredStateWriter(this, state, options.Value.BookkeepingDelay);

    public Task<string> GetIdAsync()
    {
        if (state.State.AuthorId is { } id)
        {
            return Task.FromResult(id);
        }

        state.State.AuthorId = IdPrefix + Guid.NewGuid().ToString("N");
        Writer.Changed();
        return Task.FromResult(state.State.AuthorId);
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => Writer.FlushAsync();
}
