extern alias silo;

using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using silo::Ugc.Silo.Solicitation;

namespace Ugc.Bench.Solicitation;

/// <summary>
/// Suite <c>solicitation</c>: transactions ingested per second through <c>POST /data/transactions</c> and through a CSV
/// import, and solicitations sent per second to a local SMTP server, each against a baseline of the same run: the
/// analytics ingest (a durable append of a batch of the same size), parsing and validating the file without storing
/// it, and MailKit sending the same messages straight to the server. The field's volume is 5-6 million a day (~70/s).
/// </summary>
internal static class SolicitationBenchmarks
{
    private const int Batch = 500;
    private const int Concurrency = 4;
    private static readonly DateTimeOffset Start = new(2026, 5, 4, 8, 0, 0, TimeSpan.Zero);

    public static async Task RunAsync(Report report, bool quick)
    {
        var orders = quick ? 10_000 : 40_000;
        var sends = quick ? 1_000 : 4_000;
        await using var smtp = new CountingSmtpServer();
        await using var host = await BenchHost.StartAsync(smtp.Port, Start);
        var key = await host.ClientAsync("bench");

        var events = await MeasureBatchesAsync("baseline: POST /data/events (500 events a batch)", orders, async b =>
            (await host.Http.PostAsJsonAsync($"/data/events?passkey={Uri.EscapeDataString(key)}",
                new { events = Enumerable.Range(0, Batch).Select(_ => new { type = "pageview", productId = "p" }) })).EnsureSuccessStatusCode());
        report.Add(events);
        var api = await MeasureBatchesAsync("POST /data/transactions (500 orders a batch)", orders, async b =>
        {
            var body = new { transactions = Enumerable.Range(0, Batch).Select(i => Order($"api-{b}-{i}", Start.AddDays(-3).AddHours(1))) };
            (await host.Http.PostAsJsonAsync($"/data/transactions?passkey={Uri.EscapeDataString(key)}", body)).EnsureSuccessStatusCode();
        });
        report.Add(api);

        var csv = Csv(orders, Start.AddDays(-2));
        var parse = Stopwatch.StartNew();
        var parsed = await ParseOnlyAsync(csv);
        var parseRate = parsed / parse.Elapsed.TotalSeconds;
        report.Add(new Measurement("baseline: parse and validate the CSV, store nothing", 1, parseRate, 0, 0, 0));
        var import = Stopwatch.StartNew();
        using (var content = new StringContent(csv, Encoding.UTF8, "text/csv"))
        {
            (await host.Http.PostAsync("/admin/clients/bench/transactions/import", content)).EnsureSuccessStatusCode();
        }

        var importRate = orders / import.Elapsed.TotalSeconds;
        report.Add(new Measurement("CSV import, admin API (one stream)", 1, importRate, 0, 0, 0));

        // Sends: the API batch above is due at 09:00 on the start day; move the clock there and count arrivals.
        var direct = await DirectSmtpAsync(smtp, sends);
        report.Add(direct);
        var before = smtp.Received;
        var sendClock = Stopwatch.StartNew();
        host.Clock.Now = Start.AddHours(2);
        var target = before + orders;
        var deadline = Stopwatch.StartNew();
        while (smtp.Received < target && deadline.Elapsed < TimeSpan.FromMinutes(quick ? 3 : 10))
        {
            await Task.Delay(100);
        }

        var delivered = smtp.Received - before;
        var sendRate = delivered / sendClock.Elapsed.TotalSeconds;
        report.Add(new Measurement($"scheduled solicitations sent to the SMTP server ({delivered:N0} of {orders:N0})", 1, sendRate, 0, 0, 0));

        report.Note($"API ingest {api.OpsPerSecond:N0} orders/s = {api.OpsPerSecond / events.OpsPerSecond:P0} of the analytics append baseline; " +
            $"{api.OpsPerSecond / 70:N0}x the field's average of ~70/s ({api.OpsPerSecond * 86_400 / 1e6:N1} million a day).");
        report.Note($"CSV import {importRate:N0} rows/s = {importRate / parseRate:P1} of parsing alone; {importRate / 70:N0}x ~70/s.");
        report.Note($"Sends {sendRate:N0}/s through grains and MailKit = {sendRate / direct.OpsPerSecond:P0} of MailKit alone on {Concurrency} connections; {sendRate / 70:N1}x ~70/s.");
        report.Note("Memory storage, one silo in the benchmark process; the sends use the default 16 buckets x 4 parallel sends and 4 relay connections.");
    }

    private static async Task<Measurement> MeasureBatchesAsync(string name, int items, Func<int, Task> batch)
    {
        await batch(-1); // warm-up
        var batches = items / Batch;
        var latencies = new List<double>();
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Concurrency).Select(_ => Task.Run(async () =>
        {
            int b;
            while ((b = Interlocked.Increment(ref next)) < batches)
            {
                var t0 = Stopwatch.GetTimestamp();
                await batch(b);
                lock (latencies)
                {
                    latencies.Add(Stopwatch.GetElapsedTime(t0).TotalMicroseconds);
                }
            }
        })));
        var elapsed = clock.Elapsed;
        latencies.Sort();
        return new Measurement(name, Concurrency, batches * Batch / elapsed.TotalSeconds, latencies[latencies.Count / 2], latencies[Math.Min(latencies.Count - 1, latencies.Count * 99 / 100)], 0);
    }

    private static async Task<int> ParseOnlyAsync(string csv)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        using var reader = new TransactionFileReader(stream);
        var valid = 0;
        await foreach (var row in reader.ReadAsync(TransactionFileFormat.Csv, CancellationToken.None))
        {
            if (row.Input is { } input && Ugc.Grains.Solicitation.TransactionValidator.Validate(input, Start).Record is not null)
            {
                valid++;
            }
        }

        return valid;
    }

    private static async Task<Measurement> DirectSmtpAsync(CountingSmtpServer smtp, int count)
    {
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Concurrency).Select(_ => Task.Run(async () =>
        {
            using var client = new SmtpClient();
            await client.ConnectAsync("127.0.0.1", smtp.Port, SecureSocketOptions.None);
            while (Interlocked.Increment(ref next) < count)
            {
                using var message = new MimeMessage();
                message.From.Add(new MailboxAddress("Bench", "reviews@bench.example"));
                message.To.Add(new MailboxAddress("Shopper", "shopper@shop.example"));
                message.Subject = "How do you like it?";
                message.Body = new BodyBuilder { TextBody = "Review it: http://127.0.0.1/solicitation/r/x", HtmlBody = "<p><a href=\"http://127.0.0.1/solicitation/r/x\">Review it</a></p>" }.ToMessageBody();
                await client.SendAsync(message);
            }

            await client.DisconnectAsync(quit: true);
        })));
        return new Measurement("baseline: MailKit straight to the SMTP server", Concurrency, count / clock.Elapsed.TotalSeconds, 0, 0, 0);
    }

    private static object Order(string id, DateTimeOffset purchased) => new
    {
        orderId = id, email = $"{id}@shop.example", name = "Bench Shopper", purchaseDate = purchased.ToString("o", CultureInfo.InvariantCulture),
        products = new[] { new { id = "kettle", price = 12.5 } },
    };

    private static string Csv(int rows, DateTimeOffset purchased)
    {
        var csv = new StringBuilder("orderId,email,name,purchaseDate,productId,price\n");
        var date = purchased.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        for (var i = 0; i < rows; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"csv-{i},csv{i}@shop.example,Bench Shopper,{date},kettle,12.50\n");
        }

        return csv.ToString();
    }
}
