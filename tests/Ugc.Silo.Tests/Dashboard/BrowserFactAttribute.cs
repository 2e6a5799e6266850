namespace Ugc.Silo.Tests.Dashboard;

/// <summary>A fact that drives Debian's Chromium: skipped when it is not installed, unless UGC_REQUIRE_BROWSER=1 makes it fail.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        if (!File.Exists(ChromiumPath) && Environment.GetEnvironmentVariable("UGC_REQUIRE_BROWSER") != "1")
        {
            Skip = $"Chromium is not installed at {ChromiumPath} (apt-get install -y chromium); set UGC_REQUIRE_BROWSER=1 to fail instead.";
        }
    }
}
