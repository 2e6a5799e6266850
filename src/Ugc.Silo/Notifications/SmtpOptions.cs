namespace Ugc.Silo.Notifications;

/// <summary>The SMTP relays of solicitation e-mail; bound from <c>Ugc:Notifications:Smtp</c>.</summary>
public sealed class SmtpOptions : SmtpRelayOptions
{
    public const string SectionName = "Ugc:Notifications:Smtp";

    /// <summary>
    /// Named relays a client's settings may choose (<c>relay</c>), each with the keys of the default one, so a client
    /// can send through its own relay and its failures stay its own.
    /// </summary>
    /// <value>The default is none.</value>
    public Dictionary<string, SmtpRelayOptions> Relays { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The relay of a name (null or empty: the default one), or null when it is not configured.</summary>
    public SmtpRelayOptions? Relay(string? name) =>
        string.IsNullOrWhiteSpace(name) ? (string.IsNullOrWhiteSpace(Host) ? null : this)
        : Relays.TryGetValue(name, out var relay) && !string.IsNullOrWhiteSpace(relay.Host) ? relay : null;
}
