using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Ugc.Testing;
using static Ugc.Silo.Tests.Solicitation.SolicitationHost;

namespace Ugc.Silo.Tests.Solicitation;

/// <summary>Solicitation on the embedded default (SQLite): schedules, reminders and ledgers survive a restart.</summary>
public sealed class SolicitationRestartTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "ugc-solicitation-" + Guid.NewGuid().ToString("N")[..12]);

    [Fact]
    public async Task A_restart_between_scheduling_and_sending_sends_once()
    {
        await using var smtp = new LoopbackSmtpServer();
        var clock = new FakeTimeProvider(Start);
        var purchased = Start.AddDays(-3).AddHours(2);
        await using (var first = new SolicitationHost(clock, Relay(smtp.Port), _data))
        {
            var key = await first.SolicitingClientAsync("acme", new { enabled = true, delayDays = 3, fromAddress = "r@acme.example" }, new { id = "kettle", name = "Kettle" });
            var intake = await first.PostTransactionsAsync(key,
                Order("o-1", "ada@shop.example", "Ada", purchased, null, null, "kettle"),
                Order("o-2", "bert@shop.example", "Bert", purchased, null, null, "kettle"));
            Assert.Equal(2, intake.GetProperty("Scheduled").GetInt32());
            await first.SettledAsync("acme");
        }

        Assert.Empty(smtp.Messages);
        clock.SetUtcNow(Start.AddHours(3));
        await using (var second = new SolicitationHost(clock, Relay(smtp.Port), _data))
        {
            // Nothing calls into the client: the scheduler's reminder, stored with the rest, wakes it.
            _ = second.Server;
            await Poll.UntilAsync(() => smtp.Messages.Count >= 2, "both e-mails arrived after the restart", TimeSpan.FromSeconds(40));
            await second.SettledAsync("acme");
        }

        await using (var third = new SolicitationHost(clock, Relay(smtp.Port), _data))
        {
            clock.Advance(TimeSpan.FromHours(1));
            _ = third.Server;
            await third.SettledAsync("acme");
            using var admin = third.Admin();
            var order = await SolicitationHost.JsonAsync(await admin.GetAsync("/admin/clients/acme/transactions/o-1"));
            Assert.Equal("Sent", order.GetProperty("status").GetString());
            Assert.Equal(1, order.GetProperty("attempts").GetInt32());
            // Sent: the address is gone from the order; only a sealed first name is kept for the review form.
            Assert.Equal(JsonValueKind.Null, order.GetProperty("maskedEmail").ValueKind);
        }

        Assert.Equal(2, smtp.Messages.Count);
        Assert.Equal(2, smtp.Messages.Select(m => m.To.ToString()).Distinct().Count());
    }

    [Fact]
    public async Task A_stop_while_the_relay_holds_the_message_leaves_it_unconfirmed_and_it_is_not_sent_again()
    {
        await using var smtp = new LoopbackSmtpServer();
        await using var holding = new LoopbackSmtpServer(hold: true);
        var clock = new FakeTimeProvider(Start);
        await using (var first = new SolicitationHost(clock, Relay(holding.Port, "main", TimeSpan.FromMinutes(5)), _data))
        {
            var key = await first.SolicitingClientAsync("acme", new { enabled = true, delayDays = 3, fromAddress = "r@acme.example", relay = "main" }, new { id = "kettle", name = "Kettle" });
            await first.PostTransactionsAsync(key, Order("o-1", "ada@shop.example", "Ada", Start.AddDays(-3).AddHours(2), null, null, "kettle"));
            clock.SetUtcNow(Start.AddHours(3));

            // The message is handed over and the relay never answers: the silo stops not knowing whether it was taken.
            await Poll.UntilAsync(() => holding.Held >= 1, "the relay received the message", Poll.DefaultTimeout);
        }

        await using var second = new SolicitationHost(clock, Relay(smtp.Port, "main"), _data);
        using var admin = second.Admin();
        var order = await SolicitationHost.JsonAsync(await admin.GetAsync("/admin/clients/acme/transactions/o-1"));
        Assert.Equal("Unconfirmed", order.GetProperty("status").GetString());
        clock.Advance(TimeSpan.FromDays(1));
        await second.SettledAsync("acme");

        Assert.Empty(smtp.Messages);
        Assert.Equal("Unconfirmed", (await SolicitationHost.JsonAsync(await admin.GetAsync("/admin/clients/acme/transactions/o-1"))).GetProperty("status").GetString());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }
}
