namespace Ugc.Contracts.Solicitation;

/// <summary>A client's review solicitation (post-interaction e-mail): when, how and what to send after a purchase.</summary>
/// <param name="Enabled">Whether transactions are scheduled at all.</param>
/// <param name="DelayDays">Days after the purchase before the message is due.</param>
/// <param name="WindowStartHour">First hour of the send window in the shopper's local time (0-23).</param>
/// <param name="WindowEndHour">Hour the send window closes in the shopper's local time (1-24, after the start).</param>
/// <param name="TimeZone">IANA time zone of shoppers whose transaction names none and whose purchase time has no offset.</param>
/// <param name="Channel">E-mail or webhook.</param>
/// <param name="FrequencyCapDays">At most one solicitation per shopper in this many days; 0 for no cap.</param>
/// <param name="Products">Which products qualify.</param>
/// <param name="Templates">Templates by locale (<c>en_US</c>, or a language such as <c>en</c>); the built-in one when none matches.</param>
/// <param name="FromAddress">The From address of e-mail (the client's, e.g. <c>reviews@shop.example</c>).</param>
/// <param name="FromName">The From display name; the client's name when empty.</param>
/// <param name="Relay">A named SMTP relay of the host's configuration; the default relay when empty.</param>
/// <param name="WebhookUrl">Where the webhook channel posts (absolute http or https URL).</param>
/// <param name="ReviewPageUrl">
/// The client's write-a-review page; <c>{productId}</c> is replaced. The review link redirects there with
/// <c>solicitationtoken</c> added; when empty, to the catalog product's page.
/// </param>
/// <param name="LinkLifetimeDays">How long review links stay valid after sending.</param>
/// <param name="MaxLatenessDays">A message whose send time passed longer ago than this (an old feed) is not sent.</param>
[GenerateSerializer, Immutable, Alias("ugc.solicitation-settings")]
public sealed record SolicitationSettings(
    [property: Id(0)] bool Enabled = false,
    [property: Id(1)] int DelayDays = 7,
    [property: Id(2)] int WindowStartHour = 9,
    [property: Id(3)] int WindowEndHour = 20,
    [property: Id(4)] string TimeZone = "UTC",
    [property: Id(5)] SolicitationChannel Channel = SolicitationChannel.Email,
    [property: Id(6)] int FrequencyCapDays = 30,
    [property: Id(7)] ProductRules? Products = null,
    [property: Id(8)] IReadOnlyDictionary<string, MessageTemplate>? Templates = null,
    [property: Id(9)] string? FromAddress = null,
    [property: Id(10)] string? FromName = null,
    [property: Id(11)] string? Relay = null,
    [property: Id(12)] string? WebhookUrl = null,
    [property: Id(13)] string? ReviewPageUrl = null,
    [property: Id(14)] int LinkLifetimeDays = 30,
    [property: Id(15)] int MaxLatenessDays = 3)
{
    public static SolicitationSettings Default { get; } = new();

    public ProductRules ProductRules => Products ?? ProductRules.Default;
}
