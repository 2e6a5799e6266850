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

    public bool IsMemory => string.Equals(StorageProvider, "memory", StringComparison.OrdinalIgnoreCase);

    public static UgcHostOptions From(IConfiguration configuration)
    {
        var provider = (configuration["Ugc:Storage:Provider"] ?? "sqlite").Trim().ToLowerInvariant();
        if (provider is not ("sqlite" or "postgres" or "memory"))
        {
            throw new InvalidOperationException($"Ugc:Storage:Provider '{provider}' is not one of sqlite, postgres, memory.");
        }

        return new UgcHostOptions
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
        };
    }

    private static int Port(IConfiguration configuration, string key, int fallback) => configuration[key] switch
    {
        null or "" => fallback,
        var text when int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var port) && port is >= 0 and <= 65535 => port,
        var text => throw new InvalidOperationException($"{key} '{text}' is not a port number (0 to 65535)."),
    };
}
