namespace Ugc.Silo.Dashboard;

/// <summary>
/// The tenants the dashboard lists. There is no directory grain; the host adds each client it creates (demo seed,
/// <c>POST /admin/clients</c>) so the dashboard can fan out to their grains.
/// </summary>
public interface IClientDirectory
{
    /// <summary>Records a client id; adding it twice is harmless.</summary>
    void Add(string clientId);

    /// <summary>The known client ids, in order.</summary>
    IReadOnlyList<string> GetClientIds();
}
