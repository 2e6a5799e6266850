namespace Ugc.Silo.Admin;

/// <summary>The caller is authenticated but may not reach this tenant or route (403).</summary>
public sealed class ForbiddenException : Exception
{
    public ForbiddenException() { }

    public ForbiddenException(string message) : base(message) { }

    public ForbiddenException(string message, Exception inner) : base(message, inner) { }
}
