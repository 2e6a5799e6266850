using Microsoft.Playwright;

namespace Ugc.Silo.Tests.Dashboard;

/// <summary>Launches Debian's Chromium headless through Playwright (no browser download).</summary>
public static class Browser
{
    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFactAttribute.ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
        return (playwright, browser);
    }

    /// <summary>A page logged in through the login form.</summary>
    public static async Task<IPage> LoggedInPageAsync(IBrowser browser, string baseUrl, string token)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl, ViewportSize = new ViewportSize { Width = 1440, Height = 1000 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/dashboard");
        await Assertions.Expect(page).ToHaveURLAsync(baseUrl + "/dashboard/login?returnUrl=%2Fdashboard");
        await page.FillAsync("#token", token);
        await page.ClickAsync("button[type=submit]");
        await Assertions.Expect(page).ToHaveURLAsync(baseUrl + "/dashboard");
        return page;
    }
}
