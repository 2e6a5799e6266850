namespace Ugc.Silo.Gateway;

/// <summary>The shape of client, product and user ids the gateway accepts in keys and routes.</summary>
public static class AdminIds
{
    public const int MaxLength = 100;

    /// <summary>Letters, digits, <c>-</c> and <c>_</c>, 1..100 characters (no <c>/</c> or <c>.</c>: they separate grain keys).</summary>
    public static bool IsValid(string? id) =>
        id is { Length: > 0 and <= MaxLength } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
