using Ugc.Silo.Hosting;

namespace Ugc.Silo.Solicitation;

/// <summary>
/// Warns at start when a silo of a multi-silo cluster has no configured solicitation key: the key it generated under
/// its own data directory differs from the other silos', so their sealed addresses and signed links do not verify here.
/// </summary>
public sealed partial class SolicitationKeyCheck(UgcHostOptions host, IConfiguration configuration, ILogger<SolicitationKeyCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (host.Membership != ClusterMembership.Localhost && string.IsNullOrWhiteSpace(configuration["Ugc:Solicitation:Key"]))
        {
            LogUnsharedKey(host.Membership);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ugc:Solicitation:Key is not configured on a silo with {Membership} membership: this silo uses a key of its own; configure the same key on every silo of the cluster, or links and sealed addresses made by another silo will not verify here.")]
    private partial void LogUnsharedKey(ClusterMembership membership);
}
