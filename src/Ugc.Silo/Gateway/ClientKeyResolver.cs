using Ugc.Contracts.Clients;

namespace Ugc.Silo.Gateway;

/// <summary>
/// Finds the client of a key (<c>{clientId}.{keyId}.{secret}</c>) and asks it whether the key is valid. Nothing is
/// cached, so a revoked key stops working at once.
/// </summary>
public sealed class ClientKeyResolver(IGrainFactory grains)
{
    private const int MaxKeyLength = 512;

    public async Task<KeyValidation?> ResolveAsync(string? key)
    {
        if (!TryGetClientId(key, out var clientId))
        {
            return null;
        }

        return await grains.GetGrain<IClientGrain>(clientId).ValidateKeyAsync(key!);
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
}
