namespace Ugc.Testing.Postgres;

/// <summary>Finds the PostgreSQL server programs and tells tests whether to run, skip, or fail without them.</summary>
public static class PostgresBinaries
{
    /// <summary>The environment variable that turns a missing PostgreSQL from a skip into a failure (CI sets it).</summary>
    public const string RequireVariable = "UGC_REQUIRE_POSTGRES";

    private static readonly Lazy<string?> Directory = new(Find);

    /// <summary>The folder holding initdb, pg_ctl and postgres; null when they are not installed.</summary>
    public static string? BinDirectory => Directory.Value;

    /// <summary>Whether missing PostgreSQL must fail the tests instead of skipping them.</summary>
    public static bool IsRequired => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <summary>
    /// Why PostgreSQL tests are skipped, or null when they should run: the binaries exist, or they are required
    /// (then the server start fails the tests with a clear message).
    /// </summary>
    public static string? SkipReason => BinDirectory is not null || IsRequired
        ? null
        : $"PostgreSQL is not installed (initdb, pg_ctl and postgres are neither on PATH nor under /usr/lib/postgresql/*/bin). "
          + $"Install it to run these tests; set {RequireVariable}=1 to make its absence fail them.";

    private static string? Find()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        var candidates = path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).ToList();
        if (System.IO.Directory.Exists("/usr/lib/postgresql"))
        {
            // Newest major version first: the folders are named by version number.
            candidates.AddRange(System.IO.Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var major) ? major : 0)
                .Select(d => Path.Combine(d, "bin")));
        }

        return candidates.FirstOrDefault(d => new[] { "initdb", "pg_ctl", "postgres" }.All(p => File.Exists(Path.Combine(d, p))));
    }
}
