using System.Collections.Frozen;

namespace Ugc.Silo.Dashboard;

/// <summary>
/// The page, its script and style, embedded in the assembly (logical names <c>dashboard/&lt;file&gt;</c>): nothing is
/// built or fetched at run time.
/// </summary>
public static class DashboardAssets
{
    private const string Prefix = "dashboard/";

    private static readonly FrozenDictionary<string, (byte[] Content, string ContentType)> s_assets = Load();

    /// <summary>An asset by file name, or false when there is none.</summary>
    public static bool TryGet(string name, out byte[] content, out string contentType)
    {
        var found = s_assets.TryGetValue(name, out var asset);
        (content, contentType) = found ? asset : ([], "");
        return found;
    }

    /// <summary>A text asset (the HTML pages).</summary>
    public static string Text(string name) =>
        TryGet(name, out var content, out _) ? System.Text.Encoding.UTF8.GetString(content) : throw new InvalidOperationException($"Dashboard asset '{name}' is not embedded.");

    /// <summary>Headers that keep the pages from running anything but their own script and from being framed.</summary>
    public static void ApplySecurityHeaders(HttpResponse response)
    {
        response.Headers.ContentSecurityPolicy =
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.CacheControl = "no-store";
    }

    private static FrozenDictionary<string, (byte[], string)> Load()
    {
        var assembly = typeof(DashboardAssets).Assembly;
        var assets = new Dictionary<string, (byte[], string)>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var name = resource[Prefix.Length..];
            assets[name] = (copy.ToArray(), ContentType(name));
        }

        return assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string ContentType(string name) => Path.GetExtension(name) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".svg" => "image/svg+xml",
        _ => "application/octet-stream",
    };
}
