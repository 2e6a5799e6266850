using Ugc.Contracts.Shoppers;

namespace Ugc.Grains.Shoppers;

/// <summary>
/// Hands out one generated author id per anonymous device or address. The id is random, so the public <c>AuthorId</c>
/// reveals nothing of the fingerprint or address it stands for.
/// </summary>
public sealed class AnonymousAuthorGrain([PersistentState("anonymous-author")] IPersistentState<AnonymousAuthorState> state) : Grain, IAnonymousAuthorGrain
{
    /// <summary>Prefix of generated author ids; user ids a client sends may use it too, it marks nothing but origin.</summary>
    public const string IdPrefix = "anon-";

    public async Task<string> GetIdAsync()
    {
        if (state.State.AuthorId is { } id)
        {
            return id;
        }

        state.State.AuthorId = IdPrefix + Guid.NewGuid().ToString("N");
        await state.WriteStateAsync();
        return state.State.AuthorId;
    }
}
