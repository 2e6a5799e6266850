namespace Ugc.Silo.Hosting;

/// <summary>The host's configuration keys of API.md §4, read once at startup.</summary>
public sealed class UgcHostOptions
{
    /// <summary>The listen address when neither <c>--urls</c> nor <c>ASPNETCORE_URLS</c> is set.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>Where the embedded default keeps its files (<c>Ugc:DataDirectory</c>).</summary>
    /// <value>The default is <c>./data</c>.</value>
    public string DataDirectory { get; init; } = "./data";

    /// <summary><c>sqlite</c>, <c>postgres</c> or <c>memory</c> (<c>Ugc:Storage:Provider</c>).</summary>
    /// <value>The default is <c>sqlite</c>.</value>
    public string StorageProvider { get; init; } = "sqlite";

    /// <summary>The PostgreSQL connection (<c>ConnectionStrings:Postgres</c>).</summary>
    public string? PostgresConnectionString { get; init; }

    /// <summary>The operator bearer token (<c>Ugc:Admin:Token</c>); generated at first start when unset.</summary>
    public string? AdminToken { get; init; }

    /// <summary>Whether to seed the demo tenants at first start (<c>Ugc:Demo:Seed</c>).</summary>
    /// <value>The default is true.</value>
    public bool DemoSeed { get; init; } = true;

    /// <summary>The Orleans service id storage rows are scoped by (<c>Ugc:Cluster:ServiceId</c>).</summary>
    /// <value>The default is <c>ugc</c>.</value>
    public string ServiceId { get; init; } = "ugc";

    /// <summary>The Orleans cluster id silos of one deployment share (<c>Ugc:Cluster:ClusterId</c>).</summary>
    /// <value>The default is <c>ugc</c>.</value>
    public string ClusterId { get; init; } = "ugc";

    /// <summary>The silo-to-silo port (<c>Ugc:Cluster:SiloPort</c>).</summary>
    /// <value>The default is 11111.</value>
    public int SiloPort { get; init; } = 11111;

    /// <summary>The port Orleans clients connect to (<c>Ugc:Cluster:GatewayPort</c>).</summary>
    /// <value>The default is 30000.</value>
    public int GatewayPort { get; init; } = 30000;

    /// <summary>How silos find each other (<c>Ugc:Cluster:Membership</c>).</summary>
    /// <value>The default is <see cref="ClusterMembership.Postgres"/> when the storage is postgres, else <see cref="ClusterMembership.Localhost"/>.</value>
    public ClusterMembership Membership { get; init; } = ClusterMembership.Localhost;

    /// <summary>The address other silos reach this one at (<c>Ugc:Cluster:AdvertisedAddress</c>): an IP address or a host name resolved at start.</summary>
    /// <value>The default is <c>127.0.0.1</c>.</value>
    public string AdvertisedAddress { get; init; } = "127.0.0.1";

    /// <summary>The Azure Table (or Azurite) connection of <c>azuretable</c> membership (<c>ConnectionStrings:AzureTable</c>).</summary>
    public string? AzureTableConnectionString { get; init; }

    /// <summary>Whether Orleans' Kubernetes hosting sets the silo's name, address and ids from the pod (<c>Ugc:Cluster:Kubernetes</c>).</summary>
    /// <value>The default is false.</value>
    public bool Kubernetes { get; init; }

    public bool IsMemory => string.Equals(StorageProvider, "memory", StringComparison.OrdinalIgnoreCase);

    public static UgcHostOptions From(IConfiguration configuration)
    {
        var provider = (configuration["Ugc:Storage:Provider"] ?? "sqlite").Trim().ToLowerInvariant();
        if (provider is not ("sqlite" or "postgres" or "memory"))
        {
            throw new InvalidOperationException($"Ugc:Storage:Provider '{provider}' is not one of sqlite, postgres, memory.");
        }

        var membership = configuration["Ugc:Cluster:Membership"]?.Trim().ToLowerInvariant() switch
        {
            null or "" => provider == "postgres" ? ClusterMembership.Postgres : ClusterMembership.Localhost,
            "localhost" => ClusterMembership.Localhost,
            "postgres" => ClusterMembership.Postgres,
            "azuretable" => ClusterMembership.AzureTable,
            var other => throw new InvalidOperationException($"Ugc:Cluster:Membership '{other}' is not one of localhost, postgres, azuretable."),
        };
        var options = new UgcHostOptions
        {
            DataDirectory = configuration["Ugc:DataDirectory"] is { Length: > 0 } dir ? dir : "./data",
            StorageProvider = provider,
            PostgresConnectionString = configuration.GetConnectionString("Postgres"),
            AdminToken = configuration["Ugc:Admin:Token"] is { Length: > 0 } token ? token : null,
            DemoSeed = !bool.TryParse(configuration["Ugc:Demo:Seed"], out var seed) || seed,
            ServiceId = configuration["Ugc:Cluster:ServiceId"] is { Length: > 0 } id ? id : "ugc",
            ClusterId = configuration["Ugc:Cluster:ClusterId"] is { Length: > 0 } cluster ? cluster : "ugc",
            SiloPort = Port(configuration, "Ugc:Cluster:SiloPort", 11111),
            GatewayPort = Port(configuration, "Ugc:Cluster:GatewayPort", 30000),
            Membership = membership,
            AdvertisedAddress = configuration["Ugc:Cluster:AdvertisedAddress"] is { Length: > 0 } address ? address.Trim() : "127.0.0.1",
            AzureTableConnectionString = configuration.GetConnectionString("AzureTable"),
            Kubernetes = Flag(configuration, "Ugc:Cluster:Kubernetes"),
        };
        options.Validate();
        return options;
    }

    /// <summary>Rejects combinations that cannot form the cluster they describe, naming the keys to change.</summary>
    private void Validate()
    {
        if (Membership != ClusterMembership.Localhost && StorageProvider == "sqlite")
        {
            throw new InvalidOperationException(
                $"Ugc:Cluster:Membership={Membership.ToString().ToLowerInvariant()} needs shared storage: a SQLite file belongs to one silo. "
                + "Set Ugc:Storage:Provider=postgres (or memory for a throwaway cluster).");
        }

        if (Membership == ClusterMembership.Postgres && string.IsNullOrWhiteSpace(PostgresConnectionString))
        {
            throw new InvalidOperationException("Ugc:Cluster:Membership=postgres needs ConnectionStrings:Postgres (env ConnectionStrings__Postgres).");
        }

        if (Membership == ClusterMembership.AzureTable && string.IsNullOrWhiteSpace(AzureTableConnectionString))
        {
            throw new InvalidOperationException("Ugc:Cluster:Membership=azuretable needs ConnectionStrings:AzureTable (env ConnectionStrings__AzureTable).");
        }

        if (Kubernetes && Membership == ClusterMembership.Localhost)
        {
            throw new InvalidOperationException("Ugc:Cluster:Kubernetes=true needs a shared membership: set Ugc:Cluster:Membership to postgres or azuretable.");
        }
    }

    private static bool Flag(IConfiguration configuration, string key) => configuration[key] switch
    {
        null or "" => false,
        var text when bool.TryParse(text, out var flag) => flag,
        var text => throw new InvalidOperationException($"{key} '{text}' is not true or false."),
    };

    private static int Port(IConfiguration configuration, string key, int fallback) => configuration[key] switch
    {
        null or "" => fallback,
        var text when int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var port) && port is >= 0 and <= 65535 => port,
        var text => throw new InvalidOperationException($"{key} '{text}' is not a port number (0 to 65535)."),
    };
}
