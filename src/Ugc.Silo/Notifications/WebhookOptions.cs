namespace Ugc.Silo.Notifications;

/// <summary>The webhook channel (SMS and WhatsApp providers); bound from <c>Ugc:Notifications:Webhook</c>.</summary>
public sealed class WebhookOptions
{
    public const string SectionName = "Ugc:Notifications:Webhook";

    /// <summary>How long one webhook call may take.</summary>
    /// <value>The default is 10 seconds.</value>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// When set, each call carries <c>X-Ugc-Signature: sha256=&lt;hex HMAC of the body&gt;</c> with this secret, so the
    /// provider can check the call is ours.
    /// </summary>
    /// <value>The default is none.</value>
    public string? Secret { get; set; }
}
