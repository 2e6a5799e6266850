using Ugc.Contracts.Solicitation;
using Ugc.Grains.Solicitation;

namespace Ugc.Grains.Tests.Solicitation;

public sealed class SolicitationTemplatesTests
{
    private static readonly MessageModel Model = new("Ada <b>Lovelace</b>", "ACME", "o-1",
        [new("kettle", "Kettle & Co", "https://img.example/k.jpg", 12.5m, "https://r.example/1"), new("mug", "Mug", null, null, "https://r.example/2")],
        "https://r.example/unsubscribe");

    [Fact]
    public async Task The_default_template_greets_by_first_name_and_links_every_product()
    {
        var message = await new SolicitationTemplates().RenderAsync(SolicitationTemplates.Default, Model);
        Assert.StartsWith("Ada, how do you like your purchase from ACME?", message.Subject, StringComparison.Ordinal);
        Assert.Contains("https://r.example/1", message.Html, StringComparison.Ordinal);
        Assert.Contains("https://r.example/2", message.Text, StringComparison.Ordinal);
        Assert.Contains("https://img.example/k.jpg", message.Html, StringComparison.Ordinal);
        Assert.Contains("https://r.example/unsubscribe", message.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_is_encoded_and_text_is_not()
    {
        var template = new MessageTemplate("{{ shopper.name }}", "<p>{{ shopper.name }} {{ products.first.name }}</p>", "{{ products.first.name }}");
        var message = await new SolicitationTemplates().RenderAsync(template, Model);
        Assert.Contains("&lt;b&gt;", message.Html, StringComparison.Ordinal);
        Assert.Contains("Kettle &amp; Co", message.Html, StringComparison.Ordinal);
        Assert.Equal("Kettle & Co", message.Text);
        Assert.Equal("Ada <b>Lovelace</b>", message.Subject);
    }

    [Fact]
    public void The_template_is_chosen_by_locale_then_language_then_default()
    {
        var de = new MessageTemplate("de", "de", "de");
        var fallback = new MessageTemplate("d", "d", "d");
        var templates = new Dictionary<string, MessageTemplate> { ["de"] = de, ["default"] = fallback };
        Assert.Same(de, SolicitationTemplates.Choose(templates, "de_AT"));
        Assert.Same(fallback, SolicitationTemplates.Choose(templates, "fr_FR"));
        Assert.Same(SolicitationTemplates.Default, SolicitationTemplates.Choose(null, "fr_FR"));
    }

    [Fact]
    public void Broken_liquid_is_named_when_settings_change()
    {
        var error = SolicitationSettingsValidator.Check(new SolicitationSettings(Templates: new Dictionary<string, MessageTemplate>
        {
            ["en"] = new("ok", "{% for p in products %}", "ok"),
        }));
        Assert.StartsWith("templates.en: html is not valid Liquid", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(10, 9, "windowStartHour")]
    [InlineData(9, 25, "windowStartHour")]
    public void A_send_window_must_open_before_it_closes(int start, int end, string named)
    {
        Assert.Contains(named, SolicitationSettingsValidator.Check(new SolicitationSettings(WindowStartHour: start, WindowEndHour: end)), StringComparison.Ordinal);
    }

    [Fact]
    public void The_webhook_channel_needs_a_url_and_the_time_zone_must_exist()
    {
        Assert.Contains("webhookUrl", SolicitationSettingsValidator.Check(new SolicitationSettings(Enabled: true, Channel: SolicitationChannel.Webhook)), StringComparison.Ordinal);
        Assert.Contains("timeZone", SolicitationSettingsValidator.Check(new SolicitationSettings(TimeZone: "Nowhere/Land")), StringComparison.Ordinal);
        Assert.Null(SolicitationSettingsValidator.Check(SolicitationSettings.Default));
    }
}
