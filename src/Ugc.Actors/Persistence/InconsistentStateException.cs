namespace Ugc.Actors.Persistence;

/// <summary>
/// A write carried an ETag that no longer matches storage: another activation (or a stale duplicate) wrote first.
/// The runtime deactivates the activation that sees it, so the next call reloads fresh state.
/// </summary>
public class InconsistentStateException : ActorException
{
    public InconsistentStateException() { }

    public InconsistentStateException(string message) : base(message) { }

    public InconsistentStateException(string message, Exception? innerException) : base(message, innerException) { }

    public InconsistentStateException(string message, string? storedEtag, string? currentEtag)
        : base($"{message} Stored ETag: '{storedEtag ?? "(none)"}', ETag of the write: '{currentEtag ?? "(none)"}'.")
    {
        StoredEtag = storedEtag;
        CurrentEtag = currentEtag;
    }

    /// <summary>The ETag found in storage.</summary>
    public string? StoredEtag { get; }

    /// <summary>The ETag the failed write carried.</summary>
    public string? CurrentEtag { get; }
}
