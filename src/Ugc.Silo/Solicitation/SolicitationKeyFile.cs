using Ugc.Grains.Solicitation;
using Ugc.Silo.Hosting;

namespace Ugc.Silo.Solicitation;

/// <summary>
/// The solicitation secret when <c>Ugc:Solicitation:Key</c> is not configured: generated once and kept in
/// <c>solicitation.key</c> under the data directory (readable by the owner only), as the operator token is; a fresh one
/// per process on memory storage, which keeps nothing anyway. A cluster must configure one key for all its silos.
/// </summary>
public static class SolicitationKeyFile
{
    public const string FileName = "solicitation.key";

    public static string Resolve(UgcHostOptions host, string? configured)
    {
        ArgumentNullException.ThrowIfNull(host);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        if (host.IsMemory)
        {
            return SolicitationKeys.NewSecret();
        }

        var file = Path.Combine(Path.GetFullPath(host.DataDirectory), FileName);
        if (File.Exists(file))
        {
            return File.ReadAllText(file).Trim();
        }

        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var secret = SolicitationKeys.NewSecret();
        var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(file, create))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(secret);
        }

        return secret;
    }
}
