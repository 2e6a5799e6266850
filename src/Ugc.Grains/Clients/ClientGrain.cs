using Microsoft.Extensions.DependencyInjection;
using Ugc.Contracts.Catalog;
using Ugc.Contracts.Clients;
using Ugc.Grains.Caching;
using Ugc.Grains.Storage;

namespace Ugc.Grains.Clients;

/// <summary>
/// A brand or retailer: keys (hashed), moderation profile, limits, syndication edges and catalog index. Its state changes
/// only when an operator or the catalog changes it; per-event counters live in <see cref="Activity.ClientActivityGrain"/>.
/// Any change of its keys moves the version it posts on the silo's <see cref="VersionBoard"/>, so gateways here drop
/// their cached key checks at once.
/// </summary>
[Reentrant]
public sealed class ClientGrain(
    [PersistentState("client")] IPersistentState<ClientState> state, [FromKeyedServices(DomainClock.Key)] TimeProvider time, VersionBoard versions)
    : Grain, IClientGrain
{
    // Reentrant (syndication calls come back to it), so writes must not overlap.
    private readonly CoalescingStateWriter _writer = new(state);

    private long _keysVersion = VersionBoard.NewVersion();

    private string KeysKey => VersionBoard.ClientKeysKey(this.GetPrimaryKeyString());

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        versions.Set(KeysKey, _keysVersion);
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        versions.Remove(KeysKey, _keysVersion);
        return Task.CompletedTask;
    }

    private ClientState S => state.State;

    public async Task<ClientDetails> CreateAsync(ClientProfile profile)
    {
        if (S.Profile is not null)
        {
            throw new ConflictException($"Client '{this.GetPrimaryKeyString()}' exists already.");
        }

        if (profile.Id != this.GetPrimaryKeyString() || string.IsNullOrWhiteSpace(profile.Name))
        {
            throw new ValidationException("A client needs an id (the grain key) and a name.");
        }

        S.Profile = profile;
        S.CreatedAt = time.GetUtcNow();
        KeysChanged();
        await _writer.WriteAsync();
        await GrainFactory.GetGrain<IClientDirectoryGrain>("all").AddAsync(profile.Id);
        return Details();
    }

    public Task<ClientDetails?> GetAsync() => Task.FromResult(S.Profile is null ? null : Details());

    public async Task<ClientDetails> UpdateAsync(ClientUpdate update)
    {
        var profile = Profile();
        S.Profile = profile with { Name = update.Name ?? profile.Name, Locales = update.Locales ?? profile.Locales };
        S.Limits = update.Limits ?? S.Limits;
        S.Submissions = update.AnonymousSubmissions is { } anonymous ? S.Submissions with { AllowAnonymous = anonymous } : S.Submissions;
        if (update.Solicitation is { } solicitation)
        {
            S.Solicitation = Solicitation.SolicitationSettingsValidator.Check(solicitation) is { } error
                ? throw new ValidationException("solicitation: " + error)
                : solicitation;
        }

        await _writer.WriteAsync();
        return Details();
    }

    public async Task SetModerationAsync(ModerationSettings settings)
    {
        Profile();
        if (settings.HumanSampleRate is < 0 or > 1)
        {
            throw new ValidationException("humanSampleRate must be between 0 and 1.");
        }

        S.Moderation = settings;
        await _writer.WriteAsync();
    }

    public Task<(ModerationSettings Moderation, VelocityLimits Limits, ClientKind Kind)> GetRulesAsync() =>
        Task.FromResult((S.Moderation, S.Limits, Profile().Kind));

    public async Task<IssuedApiKey> IssueKeyAsync(IReadOnlyList<string> scopes)
    {
        Profile();
        var unknown = scopes.Where(s => !ApiScopes.All.Contains(s, StringComparer.Ordinal)).ToList();
        if (scopes.Count == 0 || unknown.Count > 0)
        {
            throw new ValidationException($"scopes must be some of {string.Join(", ", ApiScopes.All)}; got {string.Join(", ", unknown)}.");
        }

        var (keyId, secret) = ApiKeyHasher.NewKey();
        S.Keys.Add(new StoredKey(keyId, ApiKeyHasher.Hash(secret), [.. scopes.Distinct()], time.GetUtcNow(), null));
        KeysChanged();
        await _writer.WriteAsync();
        return new IssuedApiKey(keyId, $"{this.GetPrimaryKeyString()}.{keyId}.{secret}", [.. scopes.Distinct()]);
    }

    public async Task RevokeKeyAsync(string keyId)
    {
        var index = S.Keys.FindIndex(k => k.Id == keyId);
        if (index < 0)
        {
            throw new NotFoundException($"Key '{keyId}' of client '{this.GetPrimaryKeyString()}' does not exist.");
        }

        S.Keys[index] = S.Keys[index] with { RevokedAt = S.Keys[index].RevokedAt ?? time.GetUtcNow() };
        KeysChanged();
        await _writer.WriteAsync();
    }

    private void KeysChanged() => versions.Set(KeysKey, ++_keysVersion);

    public Task<KeyValidation?> ValidateKeyAsync(string key)
    {
        if (S.Profile is null || !ApiKeyHasher.TryParse(key, out var clientId, out var keyId, out var secret) || clientId != this.GetPrimaryKeyString())
        {
            return Task.FromResult<KeyValidation?>(null);
        }

        var stored = S.Keys.Find(k => k.Id == keyId && k.RevokedAt is null);
        return Task.FromResult(stored is not null && ApiKeyHasher.Matches(secret, stored.SecretHash)
            ? new KeyValidation(clientId, keyId, stored.Scopes)
            : null);
    }

    public async Task AddProductsAsync(IReadOnlyList<string> productIds)
    {
        Profile();
        var before = S.ProductIds.Count;
        S.ProductIds.UnionWith(productIds);
        if (S.ProductIds.Count != before)
        {
            await _writer.WriteAsync();
        }
    }

    public Task<IReadOnlyList<string>> GetProductIdsAsync() => Task.FromResult<IReadOnlyList<string>>([.. S.ProductIds.Order(StringComparer.Ordinal)]);

    public async Task AddOutgoingEdgeAsync(SyndicationEdge edge)
    {
        if (Profile().Kind != ClientKind.Brand)
        {
            throw new ValidationException($"Only brands syndicate; '{this.GetPrimaryKeyString()}' is a retailer.");
        }

        var retailer = GrainFactory.GetGrain<IClientGrain>(edge.To);
        if (await retailer.GetAsync() is not { Profile.Kind: ClientKind.Retailer })
        {
            throw new ValidationException($"'{edge.To}' is not a retailer client.");
        }

        S.Outgoing.RemoveAll(e => e.To == edge.To);
        S.Outgoing.Add(edge);
        await _writer.WriteAsync();
        await retailer.SetIncomingEdgeAsync(edge, present: true);

        // Backfill: every approved review of every brand product goes along the new edge. Each product grain pushes its
        // own content, so the work is spread and an interrupted backfill is simply re-run by adding the edge again.
        foreach (var productId in S.ProductIds)
        {
            await GrainFactory.GetGrain<IProductGrain>($"{this.GetPrimaryKeyString()}/{productId}").SyndicateAlongAsync(edge);
        }
    }

    public async Task RemoveOutgoingEdgeAsync(string to)
    {
        if (S.Outgoing.RemoveAll(e => e.To == to) == 0)
        {
            throw new NotFoundException($"There is no edge from '{this.GetPrimaryKeyString()}' to '{to}'.");
        }

        await _writer.WriteAsync();
        var retailer = GrainFactory.GetGrain<IClientGrain>(to);
        await retailer.SetIncomingEdgeAsync(new SyndicationEdge(this.GetPrimaryKeyString(), to, [], []), present: false);
        foreach (var productId in await retailer.GetProductIdsAsync())
        {
            await GrainFactory.GetGrain<IProductGrain>($"{to}/{productId}").RemoveSyndicatedFromAsync(this.GetPrimaryKeyString());
        }
    }

    public async Task SetIncomingEdgeAsync(SyndicationEdge edge, bool present)
    {
        S.Incoming.RemoveAll(e => e.From == edge.From);
        if (present)
        {
            S.Incoming.Add(edge);
        }

        await _writer.WriteAsync();
    }

    public Task<IReadOnlyDictionary<string, IReadOnlyDictionary<DateOnly, long>>> GetActivityAsync() =>
        GrainFactory.GetGrain<IClientActivityGrain>(this.GetPrimaryKeyString()).GetAsync();

    private ClientProfile Profile() => S.Profile ?? throw new NotFoundException($"Client '{this.GetPrimaryKeyString()}' does not exist.");

    private ClientDetails Details() => new(
        Profile(), S.Moderation, S.Limits,
        [.. S.Keys.Select(k => new ApiKeyInfo(k.Id, k.Scopes, k.CreatedAt, k.RevokedAt))],
        [.. S.Outgoing], [.. S.Incoming], S.ProductIds.Count, S.CreatedAt) { Submissions = S.Submissions, Solicitation = S.Solicitation };
}
