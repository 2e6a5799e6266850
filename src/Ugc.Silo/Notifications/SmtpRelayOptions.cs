namespace Ugc.Silo.Notifications;

/// <summary>One SMTP relay: the default one (<c>Ugc:Notifications:Smtp</c>) or a named one (<c>Ugc:Notifications:Smtp:Relays:&lt;name&gt;</c>).</summary>
public class SmtpRelayOptions
{
    /// <summary>The relay's host name; e-mail is off while the default relay has none.</summary>
    /// <value>The default is none.</value>
    public string? Host { get; set; }

    /// <summary>The relay's port.</summary>
    /// <value>The default is 25.</value>
    public int Port { get; set; } = 25;

    /// <summary>Whether to require TLS: implicit TLS on port 465, STARTTLS on any other; plain SMTP when false.</summary>
    /// <value>The default is false.</value>
    public bool UseTls { get; set; }

    /// <summary>The user to authenticate as; no authentication when empty.</summary>
    /// <value>The default is none.</value>
    public string? User { get; set; }

    /// <summary>The password of <see cref="User"/> (from the environment or a secret store, never the repository).</summary>
    /// <value>The default is none.</value>
    public string? Password { get; set; }

    /// <summary>The From address of clients that configure none.</summary>
    /// <value>The default is none.</value>
    public string? From { get; set; }

    /// <summary>How long one SMTP operation (connect, a command, the message) may take.</summary>
    /// <value>The default is 30 seconds.</value>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Connections kept open to the relay at most; sends beyond them wait.</summary>
    /// <value>The default is 4.</value>
    public int MaxConnections { get; set; } = 4;
}
