namespace Ugc.Silo.Operators;

/// <summary>The host's authentication schemes, policies, claims and the operator cookie.</summary>
public static class UgcAuthentication
{
    /// <summary>Operators: <c>Authorization: Bearer &lt;operator token&gt;</c>, or the login page's session cookie.</summary>
    public const string OperatorScheme = "Operator";

    /// <summary>Client services: <c>Authorization: Bearer &lt;client API key&gt;</c>, scopes as claims.</summary>
    public const string ApiKeyScheme = "ApiKey";

    /// <summary>The console and the Orleans Dashboard: operators only.</summary>
    public const string OperatorPolicy = "Operator";

    /// <summary>The admin API: operators, or a client key with the <c>admin</c> scope (or the route's own scope).</summary>
    public const string AdminPolicy = "Admin";

    /// <summary>The role every operator principal carries.</summary>
    public const string OperatorRole = "operator";

    /// <summary>The login session cookie: a random id, HttpOnly, SameSite=Strict, never the token.</summary>
    public const string CookieName = "ugc_operator";

    /// <summary>The header a cookie-authenticated state change must carry (a cross-site form cannot set one).</summary>
    public const string CsrfHeader = "X-Ugc-Dashboard";

    /// <summary>Where browsers without a session are sent.</summary>
    public const string LoginPath = "/dashboard/login";

    /// <summary>Claim types of our principals.</summary>
    public static class Claims
    {
        /// <summary>How the operator proved who they are: <c>bearer</c> or <c>cookie</c>.</summary>
        public const string Method = "ugc:auth";

        /// <summary>The tenant a client key belongs to.</summary>
        public const string Client = "ugc:client";

        /// <summary>The id of the client key.</summary>
        public const string Key = "ugc:key";

        /// <summary>One scope of a client key (repeated).</summary>
        public const string Scope = "scope";
    }
}
