using System.Text.Json;

namespace Ugc.Grains.Solicitation;

/// <summary>The personal data of a transaction, as sealed together (JSON inside the ciphertext).</summary>
public sealed record SealedContact(string Email, string? Name, string? Phone)
{
    public string ToJson() => JsonSerializer.Serialize(this);

    public static SealedContact? FromJson(string? json)
    {
        if (json is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<SealedContact>(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
