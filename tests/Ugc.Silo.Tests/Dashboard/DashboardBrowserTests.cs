using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Ugc.Testing;

namespace Ugc.Silo.Tests.Dashboard;

[Collection(DashboardCollection.Name)]
[Trait("Category", "Browser")]
public sealed partial class DashboardBrowserTests(DashboardHost host)
{
    [BrowserFact]
    public async Task Every_page_renders_live_figures_after_login()
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await Browser.LoggedInPageAsync(browser, host.BaseUrl, DashboardHost.Token);

        // The console opens on the Pipeline page.
        await Assertions.Expect(page.Locator("[data-kpi=submissions]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("svg.chart").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-kpi=decisions]")).ToHaveTextAsync(Positive());
        await Assertions.Expect(page.Locator("[data-kpi=published]")).ToHaveTextAsync(Positive());
        await Assertions.Expect(page.Locator("[data-kpi=lag50]")).Not.ToHaveTextAsync("0.00 ms");
        await Assertions.Expect(page.Locator("[data-kpi=silos]")).ToHaveTextAsync("1");

        await page.ClickAsync("#tabs a[data-page=moderation]");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(DashboardHost.Premoderated);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("spam");

        await page.ClickAsync("#tabs a[data-page=anomalies]");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync($"{DashboardHost.Brand} · pageview");
        await Assertions.Expect(page.Locator("svg.chart polygon.band").First).ToBeAttachedAsync();

        await page.ClickAsync("#tabs a[data-page=clients]");
        var brand = page.Locator($"tr[data-client={DashboardHost.Brand}]");
        await Assertions.Expect(brand).ToContainTextAsync("Acme Dash");
        await Assertions.Expect(brand).ToContainTextAsync(DashboardHost.Retailer);
        await Assertions.Expect(page.Locator("[data-kpi=tenants]")).ToHaveTextAsync("3");

        // Memory streams keep no queue table; the page says so instead of showing empty figures.
        await page.ClickAsync("#tabs a[data-page=streams]");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Queues of \"pipeline\"");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("no dead letters");
        await Assertions.Expect(page.Locator("[data-kpi=pulled]")).ToHaveTextAsync("8 / 8");
    }

    [BrowserFact]
    public async Task The_orleans_dashboard_opens_from_the_console_link_and_lists_the_product_grain_types()
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await Browser.LoggedInPageAsync(browser, host.BaseUrl, DashboardHost.Token);

        await page.ClickAsync("#orleans-link");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/dashboard/orleans/"));
        await page.GotoAsync("/dashboard/orleans/#/grains");
        foreach (var grain in new[] { "ProductGrain", "ContentGrain", "ClientGrain" })
        {
            await Assertions.Expect(page.GetByText(grain).First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        }

        // The background reads show as grain calls per second once the profiler has a few seconds of history.
        await Assertions.Expect(page.Locator("td", new() { HasTextRegex = ThroughputAboveOne() }).First).ToBeVisibleAsync(new() { Timeout = 30_000 });

        var path = Environment.GetEnvironmentVariable("UGC_ORLEANS_SCREENSHOT") is { Length: > 0 } target ? target : Path.Combine(Path.GetTempPath(), "ugc-orleans-dashboard.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = false });
        Assert.True(new FileInfo(path).Length > 10_000, $"the screenshot at {path} has content");
    }

    [BrowserFact]
    public async Task A_logged_out_browser_gets_the_login_page_for_both_consoles()
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var stranger = await (await browser.NewContextAsync(new() { BaseURL = host.BaseUrl })).NewPageAsync();
        await stranger.GotoAsync("/dashboard");
        await Assertions.Expect(stranger.Locator("#token")).ToBeVisibleAsync();
        await stranger.GotoAsync("/dashboard/orleans/");
        await Assertions.Expect(stranger).ToHaveURLAsync(host.BaseUrl + "/dashboard/login?returnUrl=%2Fdashboard%2Forleans%2F");
        await Assertions.Expect(stranger.Locator("#token")).ToBeVisibleAsync();

        // Logging in there leads back to the Orleans Dashboard.
        await stranger.FillAsync("#token", DashboardHost.Token);
        await stranger.ClickAsync("button[type=submit]");
        await Assertions.Expect(stranger).ToHaveURLAsync(new Regex("/dashboard/orleans/"));

        // Logging out of the console ends the session for both.
        await stranger.GotoAsync("/dashboard");
        await stranger.ClickAsync("#logout");
        await Assertions.Expect(stranger.Locator("#token")).ToBeVisibleAsync();
        await stranger.GotoAsync("/dashboard/orleans/");
        await Assertions.Expect(stranger.Locator("#token")).ToBeVisibleAsync();
        await stranger.GotoAsync("/dashboard");
        await Assertions.Expect(stranger.Locator("#token")).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task Approving_a_held_review_on_the_moderation_page_makes_it_visible()
    {
        var id = await host.SubmitReviewAsync(DashboardHost.Premoderated, "kettle", "kettlefan", "Boils fast");
        var reviews = $"/data/reviews.json?passkey={host.Keys[DashboardHost.Premoderated]}&Filter=ProductId:kettle";

        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await Browser.LoggedInPageAsync(browser, host.BaseUrl, DashboardHost.Token);
        await page.ClickAsync("#tabs a[data-page=moderation]");
        var approve = page.Locator($"[data-content=\"{id}\"] button.approve");
        await Assertions.Expect(approve).ToBeVisibleAsync(new() { Timeout = 15_000 });
        Assert.DoesNotContain(id, await host.Http.GetStringAsync(reviews), StringComparison.Ordinal);

        await approve.ClickAsync();
        await Poll.UntilAsync(async () => (await host.Http.GetStringAsync(reviews)).Contains(id, StringComparison.Ordinal),
            "the review approved on the dashboard is visible through the content API", TimeSpan.FromSeconds(20));
        await Assertions.Expect(page.Locator($"[data-content=\"{id}\"]")).ToHaveCountAsync(0);
        using var admin = host.Admin();
        var content = await admin.GetFromJsonAsync<JsonElement>($"/admin/content/{id}");
        Assert.Equal("Approved", content.GetProperty("status").GetString());
    }

    [BrowserFact]
    public async Task Pipeline_under_load_reads_well_in_a_screenshot()
    {
        using var admin = host.Admin();
        await Poll.UntilAsync(async () => (await admin.GetFromJsonAsync<JsonElement>("/dashboard/api/pipeline")).GetProperty("history").GetProperty("times").GetArrayLength() >= 30,
            "the collector kept 30 samples of history", TimeSpan.FromSeconds(90));
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await Browser.LoggedInPageAsync(browser, host.BaseUrl, DashboardHost.Token);
        await Assertions.Expect(page.Locator("[data-kpi=decisions]")).ToHaveTextAsync(Positive(), new() { Timeout = 15_000 });
        await Assertions.Expect(page.Locator("svg.chart polyline").First).ToBeVisibleAsync();

        var path = Environment.GetEnvironmentVariable("UGC_DASHBOARD_SCREENSHOT") is { Length: > 0 } target ? target : Path.Combine(Path.GetTempPath(), "ugc-dashboard.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        Assert.True(new FileInfo(path).Length > 10_000, $"the screenshot at {path} has content");
    }

    [GeneratedRegex(@"[1-9]\d*\.\d\d\s*req/sec")]
    private static partial Regex ThroughputAboveOne();

    // A figure above zero as the page formats it: 3, 12.5, 0.40, 1.2k.
    [GeneratedRegex(@"^(?!0(\.0+)?$)\d+(\.\d+)?k?$")]
    private static partial Regex Positive();
}
