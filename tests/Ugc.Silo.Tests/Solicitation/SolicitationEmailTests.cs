using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using Ugc.Testing;
using static Ugc.Silo.Tests.Solicitation.SolicitationHost;

namespace Ugc.Silo.Tests.Solicitation;

/// <summary>Solicitation end to end with a real SMTP server on loopback and the domain clock moved by the test.</summary>
public sealed partial class SolicitationEmailTests
{
    private static readonly object[] s_products =
    [
        new { id = "kettle", name = "Steel Kettle", imageUrl = "https://img.acme.example/kettle.jpg", productPageUrl = "https://acme.example/p/kettle" },
        new { id = "mug", name = "Stone Mug", imageUrl = "https://img.acme.example/mug.jpg" },
    ];

    private static object Settings(int capDays = 30) => new
    {
        enabled = true, delayDays = 3, windowStartHour = 9, windowEndHour = 20, timeZone = "UTC", frequencyCapDays = capDays,
        fromAddress = "reviews@acme.example", fromName = "ACME Reviews", reviewPageUrl = "https://acme.example/review/{productId}",
        templates = new Dictionary<string, object>
        {
            ["de"] = new { subject = "Wie gefällt Ihnen {{ products.first.name }}?", html = "<p>Hallo {{ shopper.first_name }}</p>{% for p in products %}<a href=\"{{ p.review_url }}\">{{ p.name }}</a>{% endfor %}", text = "Hallo {% for p in products %}{{ p.review_url }} {% endfor %}" },
            ["default"] = new { subject = "{{ shopper.first_name }}, review {{ products.size }} item(s) from {{ client.name }}", html = "<p>Hi {{ shopper.first_name }}</p>{% for p in products %}<img src=\"{{ p.image_url }}\"><a href=\"{{ p.review_url }}\">{{ p.name }}</a>{% endfor %}<a href=\"{{ unsubscribe_url }}\">unsubscribe</a>", text = "{% for p in products %}{{ p.name }}: {{ p.review_url }}\n{% endfor %}" },
        },
    };

    [Fact]
    public async Task A_batch_sends_exactly_one_email_per_order_once_due_with_the_locale_template_headers_and_review_links()
    {
        await using var smtp = new LoopbackSmtpServer();
        await using var host = new SolicitationHost(new FakeTimeProvider(Start), Relay(smtp.Port));
        var key = await host.SolicitingClientAsync("acme", Settings(), s_products);
        var purchased = Start.AddDays(-3).AddHours(2); // due at 10:00 on the start day

        var intake = await host.PostTransactionsAsync(key,
            Order("o-1", "ada@shop.example", "Ada Lovelace", purchased, "en_US", null, "kettle", "mug"),
            Order("o-2", "bert@shop.example", "Bert Brecht", purchased, "de_DE", null, "mug"),
            Order("o-3", "cy@shop.example", "Cy Twombly", purchased, null, null, "kettle"));
        Assert.Equal(3, intake.GetProperty("Scheduled").GetInt32());

        host.Clock.SetUtcNow(Start.AddHours(1).AddMinutes(59));
        await host.SettledAsync("acme");
        Assert.Empty(smtp.Messages);

        host.Clock.SetUtcNow(Start.AddHours(2).AddMinutes(1));
        await Poll.UntilAsync(() => smtp.Messages.Count >= 3, "three e-mails arrived", Poll.DefaultTimeout);
        await host.SettledAsync("acme");
        Assert.Equal(3, smtp.Messages.Count);

        var ada = Single(smtp, "ada@shop.example");
        Assert.Equal("Ada, review 2 item(s) from ACME", ada.Subject);
        Assert.Equal("ACME Reviews", ((MailboxAddress)ada.From[0]).Name);
        Assert.Equal("reviews@acme.example", ((MailboxAddress)ada.From[0]).Address);
        Assert.Matches("^<http://localhost/solicitation/unsubscribe/[^>]+>$", ada.Headers["List-Unsubscribe"]);
        Assert.Equal("List-Unsubscribe=One-Click", ada.Headers["List-Unsubscribe-Post"]);
        Assert.EndsWith("@acme.example", ada.MessageId, StringComparison.Ordinal);
        Assert.Contains("https://img.acme.example/kettle.jpg", ada.HtmlBody, StringComparison.Ordinal);
        Assert.Equal(2, ReviewLinks(ada.HtmlBody).Count);
        Assert.Contains("Steel Kettle:", ada.TextBody, StringComparison.Ordinal);
        Assert.Equal("Wie gefällt Ihnen Stone Mug?", Single(smtp, "bert@shop.example").Subject);
        Assert.Single(ReviewLinks(Single(smtp, "cy@shop.example").HtmlBody));

        var report = (await host.ReportAsync("acme")).GetProperty("totals");
        Assert.Equal(3, report.GetProperty("received").GetInt64());
        Assert.Equal(3, report.GetProperty("scheduled").GetInt64());
        Assert.Equal(3, report.GetProperty("sent").GetInt64());
    }

    [Fact]
    public async Task The_review_link_opens_a_prefilled_form_and_submits_a_review_attributed_to_the_campaign()
    {
        await using var smtp = new LoopbackSmtpServer();
        await using var host = new SolicitationHost(new FakeTimeProvider(Start), Relay(smtp.Port));
        var key = await host.SolicitingClientAsync("acme", Settings(), s_products);
        await host.PostTransactionsAsync(key, Order("o-1", "ada@shop.example", "Ada Lovelace", Start.AddDays(-3).AddHours(2), "en_US", null, "kettle"));
        host.Clock.SetUtcNow(Start.AddHours(3));
        await Poll.UntilAsync(() => smtp.Messages.Count >= 1, "the e-mail arrived", Poll.DefaultTimeout);

        using var browser = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var link = ReviewLinks(smtp.Messages[0].HtmlBody).Single();
        var click = await browser.GetAsync(new Uri(link).PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, click.StatusCode);
        var location = click.Headers.Location!.ToString();
        Assert.StartsWith("https://acme.example/review/kettle?solicitationtoken=", location, StringComparison.Ordinal);
        var token = Uri.UnescapeDataString(location[(location.IndexOf('=', StringComparison.Ordinal) + 1)..]);

        var form = await SolicitationHost.JsonAsync(await browser.GetAsync($"/data/submitreview.json?passkey={Uri.EscapeDataString(key)}&solicitationtoken={Uri.EscapeDataString(token)}"));
        Assert.Equal("Ada", form.GetProperty("Data").GetProperty("Fields").GetProperty("usernickname").GetProperty("Value").GetString());
        Assert.Equal("PIE", form.GetProperty("Data").GetProperty("Fields").GetProperty("campaignid").GetProperty("Value").GetString());

        var submitted = await SolicitationHost.JsonAsync(await browser.PostAsync($"/data/submitreview.json?passkey={Uri.EscapeDataString(key)}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Action"] = "Submit", ["solicitationtoken"] = token, ["Rating"] = "5", ["Title"] = "Boils fast",
            ["ReviewText"] = "The kettle boils a litre in under three minutes and the handle stays cool.", ["UserNickname"] = "AdaLove",
            ["agreedtotermsandconditions"] = "true",
        })));
        Assert.False(submitted.GetProperty("HasErrors").GetBoolean(), submitted.ToString());

        // The first review a process moderates trains the built-in models (seconds each on a busy machine).
        var review = await Poll.UntilAsync(
            async () => await SolicitationHost.JsonAsync(await browser.GetAsync($"/data/reviews.json?passkey={Uri.EscapeDataString(key)}&Filter=ProductId:kettle")),
            r => r.GetProperty("TotalResults").GetInt32() == 1, "the review was published", TimeSpan.FromSeconds(90));
        Assert.Equal("PIE", review.GetProperty("Results")[0].GetProperty("CampaignId").GetString());

        var forged = await SolicitationHost.JsonAsync(await browser.PostAsync($"/data/submitreview.json?passkey={Uri.EscapeDataString(key)}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Action"] = "Submit", ["solicitationtoken"] = token[..^3] + "AAA", ["Rating"] = "1", ["UserNickname"] = "Mallory",
        })));
        Assert.True(forged.GetProperty("HasErrors").GetBoolean());
        Assert.Equal("ERROR_PARAM_INVALID_PARAMETERS", forged.GetProperty("Errors")[0].GetProperty("Code").GetString());

        var totals = (await host.ReportAsync("acme")).GetProperty("totals");
        Assert.Equal(1, totals.GetProperty("clicked").GetInt64());
        Assert.Equal(1, totals.GetProperty("converted").GetInt64());
    }

    [Fact]
    public async Task Unsubscribing_suppresses_the_pending_and_the_next_solicitation()
    {
        await using var smtp = new LoopbackSmtpServer();
        await using var host = new SolicitationHost(new FakeTimeProvider(Start), Relay(smtp.Port));
        var key = await host.SolicitingClientAsync("acme", Settings(capDays: 0), s_products);
        await host.PostTransactionsAsync(key,
            Order("o-1", "ada@shop.example", "Ada", Start.AddDays(-3).AddHours(2), null, null, "kettle"),
            Order("o-2", "Ada@Shop.example", "Ada", Start.AddDays(-3).AddHours(5), null, null, "mug"));
        host.Clock.SetUtcNow(Start.AddHours(3));
        await Poll.UntilAsync(() => smtp.Messages.Count >= 1, "the first e-mail arrived", Poll.DefaultTimeout);

        using var shopper = host.CreateClient();
        var unsubscribe = new Uri(smtp.Messages[0].Headers["List-Unsubscribe"]!.Trim('<', '>'));
        Assert.Contains("Unsubscribe", await shopper.GetStringAsync(unsubscribe.PathAndQuery), StringComparison.Ordinal);
        var oneClick = await shopper.PostAsync(unsubscribe.PathAndQuery, new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }));
        Assert.Equal(HttpStatusCode.OK, oneClick.StatusCode);

        var next = await host.PostTransactionsAsync(key, Order("o-3", "ada@shop.example", "Ada", Start.AddDays(-3).AddHours(6), null, null, "kettle"));
        Assert.Equal(1, next.GetProperty("Suppressed").GetInt32());
        host.Clock.SetUtcNow(Start.AddHours(8));
        await host.SettledAsync("acme");

        Assert.Single(smtp.Messages);
        var totals = (await host.ReportAsync("acme")).GetProperty("totals");
        Assert.Equal(2, totals.GetProperty("suppressed").GetInt64());
        Assert.Equal(1, totals.GetProperty("unsubscribed").GetInt64());
    }

    [Fact]
    public async Task A_relay_that_refuses_for_a_while_is_retried_with_back_off_until_it_takes_the_message()
    {
        await using var smtp = new LoopbackSmtpServer(refuseFirst: 2);
        await using var host = new SolicitationHost(new FakeTimeProvider(Start), [.. Relay(smtp.Port), new("Ugc:Solicitation:RetryDelay", "00:01:00")]);
        var key = await host.SolicitingClientAsync("acme", Settings(), s_products);
        await host.PostTransactionsAsync(key, Order("o-1", "ada@shop.example", "Ada", Start.AddDays(-3).AddHours(2), null, null, "kettle"));
        host.Clock.SetUtcNow(Start.AddHours(2));

        await Poll.UntilAsync(() => smtp.Refused >= 1, "the relay refused the first attempt", Poll.DefaultTimeout);
        await host.SettledAsync("acme");
        Assert.Empty(smtp.Messages);

        // Each retry waits twice as long as the one before (1, then 2 minutes of domain time).
        await Poll.UntilAsync(() =>
        {
            host.Clock.Advance(TimeSpan.FromSeconds(30));
            return smtp.Messages.Count >= 1;
        }, "the third attempt was delivered", Poll.DefaultTimeout);
        await host.SettledAsync("acme");

        Assert.Single(smtp.Messages);
        Assert.Equal(2, smtp.Refused);
        var totals = (await host.ReportAsync("acme")).GetProperty("totals");
        Assert.Equal(2, totals.GetProperty("retried").GetInt64());
        Assert.Equal(1, totals.GetProperty("sent").GetInt64());
        Assert.Equal(0, totals.GetProperty("failed").GetInt64());
    }

    [Fact]
    public async Task One_clients_hanging_relay_does_not_delay_another_clients_sends()
    {
        await using var smtp = new LoopbackSmtpServer();
        await using var hanging = new HangingRelay();
        await using var host = new SolicitationHost(new FakeTimeProvider(Start),
            [.. Relay(smtp.Port), .. Relay(hanging.Port, "slow", TimeSpan.FromSeconds(15))]);
        var slowKey = await host.SolicitingClientAsync("slow", new { enabled = true, delayDays = 3, fromAddress = "r@slow.example", relay = "slow", frequencyCapDays = 0 }, s_products);
        var fastKey = await host.SolicitingClientAsync("fast", new { enabled = true, delayDays = 3, fromAddress = "r@fast.example", frequencyCapDays = 0 }, s_products);
        var purchased = Start.AddDays(-3).AddHours(2);
        await host.PostTransactionsAsync(slowKey, [.. Enumerable.Range(0, 12).Select(i => Order($"s-{i}", $"s{i}@shop.example", "S", purchased, null, null, "kettle"))]);
        await host.PostTransactionsAsync(fastKey, [.. Enumerable.Range(0, 5).Select(i => Order($"f-{i}", $"f{i}@shop.example", "F", purchased, null, null, "kettle"))]);

        host.Clock.SetUtcNow(Start.AddHours(3));
        await Poll.UntilAsync(() => hanging.Connections >= 1, "the slow client's relay was tried", Poll.DefaultTimeout);

        // The slow relay holds its connections for 15 s; the other client's mail must not wait for them.
        await Poll.UntilAsync(() => smtp.Messages.Count >= 5, "the fast client's five e-mails arrived", TimeSpan.FromSeconds(10));
        Assert.All(smtp.Messages, m => Assert.Equal("r@fast.example", ((MailboxAddress)m.From[0]).Address));
    }

    private static MimeMessage Single(LoopbackSmtpServer smtp, string to) =>
        Assert.Single(smtp.Messages, m => ((MailboxAddress)m.To[0]).Address == to);

    private static List<string> ReviewLinks(string? html) => [.. ReviewLinkPattern().Matches(html ?? "").Select(m => m.Value)];

    [GeneratedRegex("http://localhost/solicitation/r/[A-Za-z0-9_.-]+")]
    private static partial Regex ReviewLinkPattern();
}
