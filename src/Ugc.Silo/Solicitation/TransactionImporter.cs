using Ugc.Contracts;
using Ugc.Contracts.Solicitation;
using Ugc.Grains.Solicitation;

namespace Ugc.Silo.Solicitation;

/// <summary>
/// Imports a feed file streamed: rows are validated one by one (a bad row is reported with its line and never stops the
/// others), good ones go to intake in batches, and after each batch the import's checkpoint records the lines stored and
/// the file's hash up to them. Sending the same file again with the same import id resumes after the checkpoint; a
/// different file under that id is refused. Intake itself is idempotent by order id, so a repeat changes nothing.
/// </summary>
public sealed class TransactionImporter(IGrainFactory grains, [FromKeyedServices(Grains.DomainClock.Key)] TimeProvider time)
{
    public const int BatchSize = 500;
    public const int MaxReportedErrors = 10_000;

    public async Task<ImportReport> ImportAsync(string clientId, Stream body, TransactionFileFormat format, string importId, CancellationToken cancellationToken)
    {
        var checkpointGrain = grains.GetGrain<ITransactionImportGrain>($"{clientId}/{importId}");
        var checkpoint = await checkpointGrain.GetAsync();
        var resumeAfter = checkpoint?.Lines ?? 0;
        var verified = resumeAfter == 0;
        var intake = grains.GetGrain<ITransactionIntakeGrain>(0);
        var summary = IntakeSummary.Empty;
        var batch = new List<TransactionRecord>(BatchSize);
        var errors = new List<RowError>();
        long rejected = 0, lines = 0, batchEnd = 0;
        string batchHash = "";

        async Task FlushAsync(bool completed)
        {
            if (batch.Count > 0)
            {
                summary = summary.Add(await intake.IngestAsync(clientId, [.. batch]));
                batch.Clear();
            }

            if (batchEnd > resumeAfter)
            {
                var total = (checkpoint?.Intake ?? IntakeSummary.Empty).Add(summary);
                await checkpointGrain.SaveAsync(new ImportCheckpoint(importId, batchEnd, batchHash, total, (checkpoint?.Rejected ?? 0) + rejected, completed, time.GetUtcNow()));
            }
        }

        using var reader = new TransactionFileReader(body);
        await foreach (var row in reader.ReadAsync(format, cancellationToken))
        {
            lines = row.LastLine;
            if (row.LastLine <= resumeAfter)
            {
                if (row.LastLine == resumeAfter)
                {
                    verified = row.HashAfter == checkpoint!.Hash;
                }

                continue;
            }

            if (!verified)
            {
                throw new ConflictException($"Import '{importId}' was made from another file (its first {resumeAfter} lines differ): use a new import id.");
            }

            var (record, error) = row.Input is { } input ? TransactionValidator.Validate(input, time.GetUtcNow()) : (null, row.Error);
            if (record is null)
            {
                rejected++;
                if (errors.Count < MaxReportedErrors)
                {
                    errors.Add(new RowError(row.Line, row.Input?.OrderId, error ?? "unreadable."));
                }
            }
            else
            {
                batch.Add(record);
            }

            batchEnd = row.LastLine;
            batchHash = row.HashAfter;
            if (batch.Count >= BatchSize)
            {
                await FlushAsync(completed: false);
            }
        }

        if (!verified)
        {
            throw new ConflictException($"Import '{importId}' had stored {resumeAfter} lines, but this file has only {lines}: use a new import id.");
        }

        await FlushAsync(completed: true);
        return new ImportReport(importId, lines, resumeAfter, summary, rejected, errors, true);
    }
}
