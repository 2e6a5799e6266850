using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Ugc.Contracts.Clients;
using Ugc.Grains.Caching;

namespace Ugc.Silo.Gateway;

/// <summary>
/// Finds the client of a key (<c>{clientId}.{keyId}.{secret}</c>) and asks it whether the key is valid, remembering the
/// answer (valid or not) for <see cref="GatewayOptions.KeyCacheSeconds"/>. A change of the client's keys (a revocation,
/// a new key) reaches this cache at once when the client's grain is active on this silo, through the silo's
/// <see cref="VersionBoard"/>; on other silos the remembered answer ends with its time. So a revoked key stops working at
/// once where its client lives and within <see cref="GatewayOptions.KeyCacheSeconds"/> everywhere.
/// </summary>
public sealed class ClientKeyResolver(IGrainFactory grains, VersionBoard board, IOptions<GatewayOptions> options, TimeProvider time)
{
    private const int MaxKeyLength = 512;

    private readonly ConcurrentDictionary<string, Remembered> _answers = new(StringComparer.Ordinal);

    public async Task<KeyValidation?> ResolveAsync(string? key)
    {
        var settings = options.Value;
        var now = time.GetTimestamp();
        if (key is not null && settings.KeyCacheSeconds > 0 && _answers.TryGetValue(key, out var remembered)
            && time.GetElapsedTime(remembered.At, now).TotalSeconds < settings.KeyCacheSeconds
            && (!board.TryGet(remembered.BoardKey, out var current) || current == remembered.KeysVersion))
        {
            return remembered.Validation;
        }

        if (!TryGetClientId(key, out var clientId))
        {
            return null;
        }

        if (settings.KeyCacheSeconds <= 0)
        {
            return await grains.GetGrain<IClientGrain>(clientId).ValidateKeyAsync(key!);
        }

        // The version is read before the answer, so an answer is never filed under a version newer than it saw.
        var boardKey = VersionBoard.ClientKeysKey(clientId);
        var version = board.TryGet(boardKey, out var before) ? before : 0;
        var validation = await grains.GetGrain<IClientGrain>(clientId).ValidateKeyAsync(key!);
        if (_answers.Count >= settings.KeyCacheEntries)
        {
            // Bounded: a flood of made-up keys must not grow it. Clearing costs each real key one grain call.
            _answers.Clear();
        }

        _answers[key!] = new Remembered(validation, boardKey, version, now);
        return validation;
    }

    /// <summary>The client id part of a well-formed key.</summary>
    public static bool TryGetClientId(string? key, out string clientId)
    {
        clientId = "";
        if (string.IsNullOrWhiteSpace(key) || key.Length > MaxKeyLength)
        {
            return false;
        }

        var parts = key.Split('.');
        if (parts.Length != 3 || parts.Any(string.IsNullOrEmpty) || !AdminIds.IsValid(parts[0]))
        {
            return false;
        }

        clientId = parts[0];
        return true;
    }

    private sealed record Remembered(KeyValidation? Validation, string BoardKey, long KeysVersion, long At);
}
