using Ugc.Grains.Hosting;
using Ugc.Silo.Hosting;
using Ugc.Silo.Notifications;

namespace Ugc.Silo.Solicitation;

/// <summary>Registers review solicitation in the host: the grains' services, the channels, import, inboxes and endpoints.</summary>
public static class SolicitationServiceCollectionExtensions
{
    /// <summary>
    /// Adds solicitation to the silo: the key (configured, or generated under the data directory), the public base URL
    /// (configured, or the host's own), the channels, the importer and the inbox watcher.
    /// </summary>
    public static ISiloBuilder AddUgcSolicitation(this ISiloBuilder silo, UgcHostOptions host, IConfiguration configuration)
    {
        var key = SolicitationKeyFile.Resolve(host, configuration["Ugc:Solicitation:Key"]);
        var publicUrl = configuration["Ugc:Solicitation:PublicBaseUrl"] is { Length: > 0 } url ? url
            : (configuration["urls"] ?? UgcHostOptions.DefaultUrl).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[0];
        silo.AddUgcSolicitation(o =>
        {
            o.Key = key;
            o.PublicBaseUrl = publicUrl;
        });
        var services = silo.Services;
        services.AddUgcNotifications();
        services.AddSingleton<TransactionImporter>();
        services.AddSingleton<SolicitationPrefill>();
        services.AddOptions<InboxOptions>().BindConfiguration(InboxOptions.SectionName)
            .Validate(o => o.PollInterval > TimeSpan.Zero && o.SettleTime >= TimeSpan.Zero, "Ugc:Solicitation:Inbox: PollInterval must be positive, SettleTime not negative.")
            .ValidateOnStart();
        services.AddHostedService<InboxWatcher>();
        services.AddHostedService<SolicitationKeyCheck>();
        return silo;
    }

    /// <summary>Maps <c>POST /data/transactions</c> and the shoppers' link endpoints (the admin routes map with the admin group).</summary>
    public static WebApplication MapSolicitationEndpoints(this WebApplication app)
    {
        app.MapTransactionEndpoints();
        app.MapSolicitationLinkEndpoints();
        return app;
    }

}
