using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Ugc.Silo.Solicitation;
using static Ugc.Silo.Tests.Solicitation.SolicitationHost;

namespace Ugc.Silo.Tests.Solicitation;

/// <summary>Feed file imports: streamed, per-row errors with line numbers, idempotent by order id, resumable.</summary>
public sealed class TransactionImportTests
{
    private static readonly object s_settings = new { enabled = true, delayDays = 7, fromAddress = "r@acme.example" };

    [Fact]
    public async Task A_100000_row_csv_with_one_percent_bad_rows_imports_the_rest_reports_each_bad_row_and_a_second_import_changes_nothing()
    {
        await using var host = new SolicitationHost(new FakeTimeProvider(Start), []);
        await host.SolicitingClientAsync("acme", s_settings);
        var (csv, badLines) = Feed(100_000);
        using var admin = host.Admin();
        admin.Timeout = TimeSpan.FromMinutes(15);

        var clock = Stopwatch.StartNew();
        var first = await ImportAsync(admin, csv);
        var firstTime = clock.Elapsed;
        Assert.Equal(100_001, first.GetProperty("lines").GetInt64());
        Assert.Equal(99_000, first.GetProperty("imported").GetProperty("scheduled").GetInt32());
        Assert.Equal(1_000, first.GetProperty("rejectedCount").GetInt64());
        var reported = first.GetProperty("rejected").EnumerateArray().Select(r => r.GetProperty("line").GetInt64()).ToList();
        Assert.Equal(badLines, reported);
        Assert.All(first.GetProperty("rejected").EnumerateArray(), r => Assert.False(string.IsNullOrEmpty(r.GetProperty("error").GetString())));

        var before = (await host.ReportAsync("acme")).GetProperty("totals");
        var second = await ImportAsync(admin, csv);
        Assert.Equal(0, second.GetProperty("imported").GetProperty("scheduled").GetInt32());
        Assert.Equal(99_000, second.GetProperty("imported").GetProperty("duplicates").GetInt32());
        Assert.Equal(1_000, second.GetProperty("rejectedCount").GetInt64());
        var after = (await host.ReportAsync("acme")).GetProperty("totals");
        Assert.Equal(before.GetProperty("received").GetInt64(), after.GetProperty("received").GetInt64());
        Assert.Equal(before.GetProperty("scheduled").GetInt64(), after.GetProperty("scheduled").GetInt64());
        Assert.Equal(99_000, after.GetProperty("duplicates").GetInt64());

        var order = await SolicitationHost.JsonAsync(await admin.GetAsync("/admin/clients/acme/transactions/o-5"));
        Assert.Equal("Scheduled", order.GetProperty("status").GetString());
        Assert.Equal("u***@shop.example", order.GetProperty("maskedEmail").GetString());
        Console.WriteLine($"100,000 rows imported in {firstTime.TotalSeconds:F1} s, again in {clock.Elapsed.TotalSeconds - firstTime.TotalSeconds:F1} s");
    }

    [Fact]
    public async Task An_interrupted_import_resumes_after_its_checkpoint_and_refuses_another_file_under_its_id()
    {
        await using var host = new SolicitationHost(new FakeTimeProvider(Start), []);
        await host.SolicitingClientAsync("acme", s_settings);
        var (csv, _) = Feed(3_000);
        using var admin = host.Admin();

        // The upload breaks off two thirds of the way, as the request body of a dropped connection does.
        var cut = Encoding.UTF8.GetBytes(csv).Length * 2 / 3;
        var importer = host.Services.GetRequiredService<TransactionImporter>();
        await using (var broken = new BreakingStream(Encoding.UTF8.GetBytes(csv), cut))
        {
            await Assert.ThrowsAsync<IOException>(() => importer.ImportAsync("acme", broken, TransactionFileFormat.Csv, "feed-1", CancellationToken.None));
        }

        var checkpoint = await SolicitationHost.JsonAsync(await admin.GetAsync("/admin/clients/acme/transactions/imports/feed-1"));
        var stored = checkpoint.GetProperty("lines").GetInt64();
        Assert.InRange(stored, 1, 2_000);
        Assert.False(checkpoint.GetProperty("completed").GetBoolean());

        var resumed = await ImportAsync(admin, csv, "feed-1");
        Assert.Equal(stored, resumed.GetProperty("resumedFromLine").GetInt64());
        checkpoint = await SolicitationHost.JsonAsync(await admin.GetAsync("/admin/clients/acme/transactions/imports/feed-1"));
        Assert.True(checkpoint.GetProperty("completed").GetBoolean());
        Assert.Equal(2_970, checkpoint.GetProperty("intake").GetProperty("scheduled").GetInt32() + checkpoint.GetProperty("intake").GetProperty("duplicates").GetInt32());
        Assert.Equal(30, checkpoint.GetProperty("rejected").GetInt64());
        Assert.Equal(2_970, (await host.ReportAsync("acme")).GetProperty("totals").GetProperty("scheduled").GetInt64());

        using var other = new StringContent(csv.Replace("o-1,", "x-1,", StringComparison.Ordinal), Encoding.UTF8, "text/csv");
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsync("/admin/clients/acme/transactions/import?importId=feed-1", other)).StatusCode);
    }

    [Fact]
    public async Task Ndjson_feeds_merge_nothing_and_report_bad_lines_by_number()
    {
        await using var host = new SolicitationHost(new FakeTimeProvider(Start), []);
        await host.SolicitingClientAsync("acme", s_settings);
        using var admin = host.Admin();
        var date = Start.AddDays(-1).ToString("o", CultureInfo.InvariantCulture);
        var ndjson = string.Join('\n',
            JsonSerializer.Serialize(new { orderId = "n-1", email = "a@shop.example", purchaseDate = date, products = new[] { new { id = "kettle", price = 10 } } }),
            "{not json",
            "",
            JsonSerializer.Serialize(new { orderId = "n-2", email = "not-an-address", purchaseDate = date, products = new[] { new { id = "kettle" } } }),
            JsonSerializer.Serialize(new { orderId = "n-3", email = "c@shop.example", purchaseDate = date, products = new[] { new { id = "mug" } } }));
        using var content = new StringContent(ndjson, Encoding.UTF8, "application/x-ndjson");
        var report = await SolicitationHost.JsonAsync(await admin.PostAsync("/admin/clients/acme/transactions/import", content));

        Assert.Equal(2, report.GetProperty("imported").GetProperty("scheduled").GetInt32());
        Assert.Equal([2L, 4L], report.GetProperty("rejected").EnumerateArray().Select(r => r.GetProperty("line").GetInt64()).ToArray());
        Assert.Contains("email", report.GetProperty("rejected")[1].GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_csv_without_the_required_columns_is_refused_as_a_whole()
    {
        await using var host = new SolicitationHost(new FakeTimeProvider(Start), []);
        await host.SolicitingClientAsync("acme", s_settings);
        using var admin = host.Admin();
        using var content = new StringContent("orderId,email\no-1,a@shop.example\n", Encoding.UTF8, "text/csv");
        var response = await admin.PostAsync("/admin/clients/acme/transactions/import", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("purchasedate, productid", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> ImportAsync(HttpClient admin, string csv, string? importId = null)
    {
        using var content = new StringContent(csv, Encoding.UTF8, "text/csv");
        var response = await admin.PostAsync("/admin/clients/acme/transactions/import" + (importId is null ? "" : "?importId=" + importId), content);
        var body = await SolicitationHost.JsonAsync(response);
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        return body;
    }

    /// <summary>A feed of <paramref name="rows"/> orders (one line each) where every 100th row is bad in one of four ways.</summary>
    public static (string Csv, List<long> BadLines) Feed(int rows)
    {
        var csv = new StringBuilder("orderId,email,name,locale,purchaseDate,productId,productName,price\n");
        var bad = new List<long>();
        var date = Start.AddDays(-2).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        for (var i = 0; i < rows; i++)
        {
            var line = i + 2L;
            string row = (i % 100 == 99 ? (i / 100 % 4) : -1) switch
            {
                0 => $"o-{i},not-an-address,User {i},en_US,{date},kettle,Kettle,12.50",
                1 => $"o-{i},u{i}@shop.example,User {i},en_US,yesterday,kettle,Kettle,12.50",
                2 => $"o-{i},u{i}@shop.example,User {i},en_US,{date},,Kettle,12.50",
                3 => $"o-{i},u{i}@shop.example,\"User {i},en_US,{date},kettle,Kettle,12.50",
                _ => $"o-{i},u{i}@shop.example,\"User, {i}\",en_US,{date},kettle,Kettle,12.50",
            };
            if (i % 100 == 99)
            {
                bad.Add(line);
            }

            csv.Append(row).Append('\n');
        }

        return (csv.ToString(), bad);
    }

    /// <summary>A request body that fails after a number of bytes, as a dropped upload does.</summary>
    private sealed class BreakingStream(byte[] data, int breakAt) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count) => Position >= breakAt ? throw new IOException("connection reset") : base.Read(buffer, offset, Math.Min(count, breakAt - (int)Position));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            if (Position >= breakAt)
            {
                throw new IOException("connection reset");
            }

            return await base.ReadAsync(buffer[..Math.Min(buffer.Length, breakAt - (int)Position)], cancellationToken);
        }
    }
}
