namespace Ugc.Silo.Operators;

/// <summary>Reads <c>Authorization: Bearer &lt;token&gt;</c>.</summary>
public static class BearerToken
{
    private const string Prefix = "Bearer ";

    /// <summary>Whether the request carries a bearer token, and the token.</summary>
    public static bool TryRead(HttpRequest request, out string token)
    {
        var header = request.Headers.Authorization.ToString();
        token = header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) ? header[Prefix.Length..].Trim() : "";
        return token.Length > 0;
    }
}
