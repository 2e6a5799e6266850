using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Ugc.Contracts.Clients;

namespace Ugc.Silo.Solicitation;

/// <summary>
/// Watches the per-client inboxes (<see cref="InboxOptions"/>) by polling, which works on network shares where change
/// notifications do not: each settled <c>.csv</c>, <c>.ndjson</c> or <c>.jsonl</c> file is opened exclusively (another
/// silo watching the same share skips it), imported with an import id of its name, size and time (so an import cut
/// short by a stop resumes), then moved to the backup folder as <c>name.yyyyMMddTHHmmssfffZ.ext</c> with a
/// <c>.report.json</c> beside it listing any refused rows.
/// </summary>
public sealed partial class InboxWatcher(
    IOptions<InboxOptions> options, TransactionImporter importer, IGrainFactory grains, TimeProvider time, ILogger<InboxWatcher> logger) : BackgroundService
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (string.IsNullOrWhiteSpace(options.Value.Root))
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.PollInterval, time);
        do
        {
            try
            {
                await ScanAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogScanFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Looks at every inbox once.</summary>
    public async Task ScanAsync(CancellationToken cancellationToken)
    {
        var root = new DirectoryInfo(options.Value.Root!);
        if (!root.Exists)
        {
            return;
        }

        foreach (var clientDir in root.EnumerateDirectories())
        {
            var inbox = new DirectoryInfo(Path.Combine(clientDir.FullName, "inbox"));
            if (!inbox.Exists || !Gateway.AdminIds.IsValid(clientDir.Name) || await grains.GetGrain<IClientGrain>(clientDir.Name).GetAsync() is null)
            {
                continue;
            }

            foreach (var file in inbox.EnumerateFiles().Where(f => !f.Name.StartsWith('.') && Format(f) is not null).OrderBy(f => f.LastWriteTimeUtc))
            {
                if (time.GetUtcNow() - file.LastWriteTimeUtc < options.Value.SettleTime)
                {
                    continue;
                }

                await ImportAsync(clientDir.Name, file, clientDir.FullName, cancellationToken);
            }
        }
    }

    private async Task ImportAsync(string clientId, FileInfo file, string clientFolder, CancellationToken cancellationToken)
    {
        var importId = $"inbox-{Fingerprint(file)}";
        ImportReport report;
        try
        {
            await using var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.None, 64 * 1024, useAsync: true);
            report = await importer.ImportAsync(clientId, stream, Format(file)!.Value, importId, cancellationToken);
        }
        catch (IOException ex)
        {
            LogBusy(logger, clientId, file.Name, ex.Message);
            return;
        }
        catch (Exception ex) when (ex is Contracts.ValidationException or Contracts.ConflictException)
        {
            report = new ImportReport(importId, 0, 0, Contracts.Solicitation.IntakeSummary.Empty, 1, [new RowError(0, null, ex.Message)], false);
        }

        var backup = Directory.CreateDirectory(Path.Combine(clientFolder, "backup"));
        var stamp = time.GetUtcNow().UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture);
        var target = Path.Combine(backup.FullName, $"{Path.GetFileNameWithoutExtension(file.Name)}.{stamp}{file.Extension}");
        File.Move(file.FullName, target);
        await File.WriteAllTextAsync(target + ".report.json", JsonSerializer.Serialize(report, s_json), cancellationToken);
        LogImported(logger, clientId, file.Name, report.Imported.Total, report.RejectedCount, target);
    }

    private static TransactionFileFormat? Format(FileInfo file) => file.Extension.ToLowerInvariant() switch
    {
        ".csv" => TransactionFileFormat.Csv,
        ".ndjson" or ".jsonl" => TransactionFileFormat.Ndjson,
        _ => null,
    };

    private static string Fingerprint(FileInfo file)
    {
        var name = new string([.. Path.GetFileNameWithoutExtension(file.Name).Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_').Take(60)]);
        return $"{name}-{file.Length}-{file.LastWriteTimeUtc.Ticks}";
    }

    [LoggerMessage(EventId = 2821, Level = LogLevel.Information, Message = "Inbox of {ClientId}: {File} imported ({Stored} stored, {Rejected} rejected), moved to {Backup}")]
    private static partial void LogImported(ILogger logger, string clientId, string file, int stored, long rejected, string backup);

    [LoggerMessage(EventId = 2822, Level = LogLevel.Debug, Message = "Inbox of {ClientId}: {File} is in use ({Detail}); next time")]
    private static partial void LogBusy(ILogger logger, string clientId, string file, string detail);

    [LoggerMessage(EventId = 2823, Level = LogLevel.Error, Message = "Inbox scan failed")]
    private static partial void LogScanFailed(ILogger logger, Exception exception);
}
