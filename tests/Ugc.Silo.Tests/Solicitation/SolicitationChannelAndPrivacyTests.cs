using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using Ugc.Testing;
using static Ugc.Silo.Tests.Solicitation.SolicitationHost;

namespace Ugc.Silo.Tests.Solicitation;

/// <summary>The webhook channel, erasure, privacy of addresses, and the per-client inbox folders.</summary>
public sealed class SolicitationChannelAndPrivacyTests
{
    private static readonly object s_product = new { id = "kettle", name = "Steel Kettle", imageUrl = "https://img.acme.example/kettle.jpg" };

    [Fact]
    public async Task The_webhook_channel_posts_a_signed_message_with_review_links_and_an_idempotency_key()
    {
        using var receiver = new WebhookReceiver();
        await using var host = new SolicitationHost(new FakeTimeProvider(Start), [new("Ugc:Notifications:Webhook:Secret", "shared-secret")]);
        var key = await host.SolicitingClientAsync("acme", new { enabled = true, delayDays = 3, channel = "webhook", webhookUrl = receiver.Url }, s_product);
        await host.PostTransactionsAsync(key, new
        {
            orderId = "o-1", email = "ada@shop.example", name = "Ada Lovelace", phone = "+4915112345678",
            purchaseDate = Start.AddDays(-3).AddHours(2).ToString("o"), products = new[] { new { id = "kettle" } },
        });
        host.Clock.SetUtcNow(Start.AddHours(3));

        await Poll.UntilAsync(() => !receiver.Calls.IsEmpty, "the webhook was called", Poll.DefaultTimeout);
        await host.SettledAsync("acme");
        var (headers, body) = Assert.Single(receiver.Calls);
        Assert.Equal("+4915112345678", body.GetProperty("recipient").GetProperty("phone").GetString());
        Assert.StartsWith("http://localhost/solicitation/r/", body.GetProperty("products")[0].GetProperty("reviewUrl").GetString(), StringComparison.Ordinal);
        Assert.Equal(body.GetProperty("messageId").GetString(), headers["Idempotency-Key"]);
        var expected = "sha256=" + Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes("shared-secret"), Encoding.UTF8.GetBytes(body.GetRawText()))).ToLowerInvariant();
        Assert.Equal(expected, headers["X-Ugc-Signature"]);
    }

    [Fact]
    public async Task Erasing_a_shopper_removes_their_pending_send_and_transaction_data()
    {
        await using var smtp = new LoopbackSmtpServer();
        await using var host = new SolicitationHost(new FakeTimeProvider(Start), Relay(smtp.Port));
        var key = await host.SolicitingClientAsync("acme", new { enabled = true, delayDays = 3, fromAddress = "r@acme.example", frequencyCapDays = 0 }, s_product);
        var purchased = Start.AddDays(-3).AddHours(2);
        await host.PostTransactionsAsync(key,
            Order("o-1", "ada@shop.example", "Ada", purchased, null, "shopper-1", "kettle"),
            Order("o-2", "bert@shop.example", "Bert", purchased, null, null, "kettle"),
            Order("o-3", "cy@shop.example", "Cy", purchased, null, null, "kettle"));
        using var admin = host.Admin();

        (await admin.DeleteAsync("/admin/clients/acme/shoppers/shopper-1")).EnsureSuccessStatusCode();
        var byAddress = await SolicitationHost.JsonAsync(await admin.PostAsJsonAsync("/admin/clients/acme/solicitation/erasure", new { email = "BERT@shop.example" }));
        Assert.Equal(1, byAddress.GetProperty("removed").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/clients/acme/transactions/o-1")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/clients/acme/transactions/o-2")).StatusCode);

        host.Clock.SetUtcNow(Start.AddHours(3));
        await Poll.UntilAsync(() => smtp.Messages.Count >= 1, "the remaining e-mail arrived", Poll.DefaultTimeout);
        await host.SettledAsync("acme");
        Assert.Equal("cy@shop.example", Assert.Single(smtp.Messages).To.Mailboxes.Single().Address);
    }

    [Fact]
    public async Task Addresses_never_appear_in_public_answers_or_admin_views()
    {
        await using var host = new SolicitationHost(new FakeTimeProvider(Start), []);
        var key = await host.SolicitingClientAsync("acme", new { enabled = true, delayDays = 3, fromAddress = "r@acme.example" }, s_product);
        using var client = host.CreateClient();
        var response = await client.PostAsJsonAsync($"/data/transactions?passkey={Uri.EscapeDataString(key)}", new
        {
            transactions = new object[]
            {
                Order("o-1", "secret.person@shop.example", "Ada", Start.AddDays(-1), null, null, "kettle"),
                new { orderId = "o-2", email = "other.secret@shop.example", purchaseDate = "soon", products = new[] { new { id = "kettle" } } },
            },
        });
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("purchaseDate", text, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", text, StringComparison.OrdinalIgnoreCase);

        using var admin = host.Admin();
        var order = await admin.GetStringAsync("/admin/clients/acme/transactions/o-1");
        Assert.Contains("s***@shop.example", order, StringComparison.Ordinal);
        Assert.DoesNotContain("secret.person", order, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_without_the_transactions_scope_cannot_send_transactions()
    {
        await using var host = new SolicitationHost(new FakeTimeProvider(Start), []);
        await host.SolicitingClientAsync("acme", new { enabled = true }, s_product);
        using var admin = host.Admin();
        var display = await SolicitationHost.KeyAsync(admin, "acme", "display", "submit");
        using var client = host.CreateClient();
        var body = await SolicitationHost.JsonAsync(await client.PostAsJsonAsync($"/data/transactions?passkey={Uri.EscapeDataString(display)}",
            new { transactions = new[] { Order("o-1", "a@shop.example", "A", Start, null, null, "kettle") } }));

        Assert.Equal("ERROR_ACCESS_DENIED", body.GetProperty("Errors")[0].GetProperty("Code").GetString());
    }

    [Fact]
    public async Task Files_dropped_into_a_clients_inbox_are_imported_and_moved_to_a_timestamped_backup()
    {
        var root = Directory.CreateTempSubdirectory("ugc-inbox-").FullName;
        try
        {
            await using var host = new SolicitationHost(new FakeTimeProvider(Start),
                [new("Ugc:Solicitation:Inbox:Root", root), new("Ugc:Solicitation:Inbox:PollInterval", "00:00:00.200"), new("Ugc:Solicitation:Inbox:SettleTime", "00:00:00")]);
            await host.SolicitingClientAsync("acme", new { enabled = true, delayDays = 3, fromAddress = "r@acme.example" }, s_product);
            var inbox = Directory.CreateDirectory(Path.Combine(root, "acme", "inbox")).FullName;
            var (csv, _) = TransactionImportTests.Feed(300);
            await File.WriteAllTextAsync(Path.Combine(inbox, "orders.tmp"), csv);
            File.Move(Path.Combine(inbox, "orders.tmp"), Path.Combine(inbox, "orders-2026-05-04.csv"));
            _ = host.Server;

            var backup = Path.Combine(root, "acme", "backup");
            await Poll.UntilAsync(() => Directory.Exists(backup) && Directory.GetFiles(backup, "*.report.json").Length == 1, "the file was imported and moved", Poll.DefaultTimeout);

            Assert.Empty(Directory.GetFiles(inbox, "*.csv"));
            var moved = Assert.Single(Directory.GetFiles(backup, "*.csv"));
            Assert.Matches(@"orders-2026-05-04\.\d{8}T\d{9}Z\.csv$", moved);
            Assert.Contains("\"rejectedCount\": 3", await File.ReadAllTextAsync(moved + ".report.json"), StringComparison.Ordinal);
            using var admin = host.Admin();
            Assert.Equal(297, (await host.ReportAsync("acme")).GetProperty("totals").GetProperty("scheduled").GetInt64());
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
