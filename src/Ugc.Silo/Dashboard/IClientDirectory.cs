namespace Ugc.Silo.Dashboard;

/// <summary>
/// The tenants the dashboard lists. The host's implementation reads the client directory grain (clients register
/// themselves when created); the in-memory one serves hosts without it.
/// </summary>
public interface IClientDirectory
{
    /// <summary>Records a client id; adding it twice is harmless.</summary>
    void Add(string clientId);

    /// <summary>The known client ids, in order.</summary>
    Task<IReadOnlyList<string>> GetClientIdsAsync(CancellationToken cancellationToken);
}
