namespace Ugc.Silo.Operations;

/// <summary>What the host exports through OpenTelemetry (<c>Ugc:Telemetry</c>); metrics are always on for <c>/metrics</c>.</summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Ugc:Telemetry";

    /// <summary>The standard variable that turns on OTLP export of metrics, traces and logs.</summary>
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>
    /// Whether to record traces (ASP.NET Core requests and the Orleans grain calls they make, with the trace context
    /// carried across silos). Unset: on exactly when <see cref="OtlpEndpointKey"/> is set, so traces nobody exports cost nothing.
    /// </summary>
    /// <value>The default is unset.</value>
    public bool? Tracing { get; set; }

    /// <summary>The <c>service.name</c> resource attribute.</summary>
    /// <value>The default is <c>ugc-silo</c>.</value>
    public string ServiceName { get; set; } = "ugc-silo";

    public bool OtlpEnabled { get; private set; }

    public bool TracingEnabled => Tracing ?? OtlpEnabled;

    /// <summary>Read once at registration: what is exported decides what is registered.</summary>
    public static TelemetryOptions From(IConfiguration configuration)
    {
        var options = new TelemetryOptions();
        configuration.GetSection(SectionName).Bind(options);
        options.OtlpEnabled = !string.IsNullOrWhiteSpace(configuration[OtlpEndpointKey]);
        return options;
    }
}
