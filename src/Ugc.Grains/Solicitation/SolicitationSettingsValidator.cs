using Ugc.Contracts.Solicitation;

namespace Ugc.Grains.Solicitation;

/// <summary>Checks a client's solicitation settings when they change: the first fault, named by its field, or null.</summary>
public static class SolicitationSettingsValidator
{
    private static readonly SolicitationTemplates s_templates = new();

    public static string? Check(SolicitationSettings s)
    {
        ArgumentNullException.ThrowIfNull(s);
        if (s.DelayDays is < 0 or > 365 || s.MaxLatenessDays is < 0 or > 60 || s.LinkLifetimeDays is < 1 or > 365 || s.FrequencyCapDays is < 0 or > 365)
        {
            return "delayDays (0-365), maxLatenessDays (0-60), linkLifetimeDays (1-365) or frequencyCapDays (0-365) is out of range.";
        }

        if (s.WindowStartHour is < 0 or > 23 || s.WindowEndHour is < 1 or > 24 || s.WindowEndHour <= s.WindowStartHour)
        {
            return "windowStartHour (0-23) must come before windowEndHour (1-24).";
        }

        if (!ShopperZone.TryFind(s.TimeZone, out _))
        {
            return $"timeZone '{s.TimeZone}' is not an IANA time zone such as Europe/Berlin.";
        }

        if (!Enum.IsDefined(s.Channel))
        {
            return "channel must be email or webhook.";
        }

        if (s.Channel == SolicitationChannel.Webhook && s.Enabled && !TransactionValidator.IsHttpUrl(s.WebhookUrl))
        {
            return "webhookUrl must be an absolute http or https URL for the webhook channel.";
        }

        if (s.FromAddress is { } from && !TransactionValidator.IsEmail(from))
        {
            return "fromAddress is not a valid e-mail address.";
        }

        if (s.FromName is { Length: > 200 } || s.Relay is { Length: > 100 })
        {
            return "fromName (200) or relay (100) is too long.";
        }

        if (s.ReviewPageUrl is { } page && !TransactionValidator.IsHttpUrl(page.Replace("{productId}", "p", StringComparison.Ordinal)))
        {
            return "reviewPageUrl must be an absolute http or https URL (it may contain {productId}).";
        }

        var rules = s.ProductRules;
        if (rules.MaxProducts is < 1 or > 20 || rules.MinPrice < 0 || rules.ExcludedProductIds.Count > 10_000 || rules.Categories.Count > 1000)
        {
            return "products: maxProducts (1-20), minPrice (0+), excludedProductIds (10000) or categories (1000) is out of range.";
        }

        foreach (var (locale, template) in s.Templates ?? new Dictionary<string, MessageTemplate>())
        {
            if (locale.Length is 0 or > 20 || template is null)
            {
                return "templates are keyed by locale (en_US, en or default) and need subject, html and text.";
            }

            if (s_templates.Check(template) is { } error)
            {
                return $"templates.{locale}: {error}";
            }
        }

        return null;
    }
}
