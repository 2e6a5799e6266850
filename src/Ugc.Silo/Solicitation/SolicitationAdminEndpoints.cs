using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Ugc.Contracts;
using Ugc.Contracts.Clients;
using Ugc.Contracts.Solicitation;
using Ugc.Grains.Solicitation;
using Ugc.Silo.Admin;
using Ugc.Silo.Gateway;

namespace Ugc.Silo.Solicitation;

/// <summary>
/// The admin side of solicitation: feed imports (also open to a key with the <c>transactions</c> scope), reports,
/// orders, the scheduler, erasure by address and suppression lists.
/// </summary>
public static class SolicitationAdminEndpoints
{
    public static RouteGroupBuilder MapSolicitationAdminEndpoints(this RouteGroupBuilder admin)
    {
        var clients = admin.MapGroup("/clients/{id}");
        // No Accepts metadata: routing would answer 415 before authorization, and ?format= would not override the header.
        clients.MapPost("/transactions/import", ImportAsync).WithMetadata(new AdminScope(ApiScopes.Transactions));
        clients.MapGet("/transactions/imports/{importId}", ImportStatusAsync).WithMetadata(new AdminScope(ApiScopes.Transactions));
        clients.MapGet("/transactions/{orderId}", OrderAsync);
        clients.MapGet("/solicitation/report", ReportAsync);
        clients.MapGet("/solicitation/scheduler", SchedulerAsync);
        clients.MapPost("/solicitation/erasure", EraseAsync);
        clients.MapPost("/solicitation/suppressions", SuppressAsync);
        return admin;
    }

    private static async Task<Ok<ImportReport>> ImportAsync(
        string id, string? format, string? importId, HttpContext context, IGrainFactory grains, TransactionImporter importer, CancellationToken cancellationToken)
    {
        AdminCaller.Get(context).EnsureTenant(id);
        await ClientEndpoints.ExistingAsync(grains, id);
        var kind = (format ?? context.Request.ContentType ?? "").ToLowerInvariant() switch
        {
            var f when f.Contains("csv", StringComparison.Ordinal) => TransactionFileFormat.Csv,
            var f when f.Contains("ndjson", StringComparison.Ordinal) || f.Contains("jsonl", StringComparison.Ordinal) => TransactionFileFormat.Ndjson,
            _ => throw new ValidationException("Send Content-Type text/csv or application/x-ndjson (or ?format=csv|ndjson)."),
        };
        if (importId is not null && !AdminIds.IsValid(importId))
        {
            throw new ValidationException("importId must be 1-100 letters, digits, '-' or '_'.");
        }

        // Feeds are large and read as a stream: the request size limit does not apply here.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = null;
        }

        return TypedResults.Ok(await importer.ImportAsync(id, context.Request.Body, kind, importId ?? "upload-" + Guid.NewGuid().ToString("N"), cancellationToken));
    }

    private static async Task<Ok<ImportCheckpoint>> ImportStatusAsync(string id, string importId, HttpContext context, IGrainFactory grains, CancellationToken cancellationToken)
    {
        AdminCaller.Get(context).EnsureTenant(id);
        cancellationToken.ThrowIfCancellationRequested();
        return TypedResults.Ok(await grains.GetGrain<ITransactionImportGrain>($"{id}/{importId}").GetAsync()
            ?? throw new NotFoundException($"Import '{importId}' of client '{id}' does not exist."));
    }

    private static async Task<Ok<OrderView>> OrderAsync(string id, string orderId, HttpContext context, IGrainFactory grains, CancellationToken cancellationToken)
    {
        AdminCaller.Get(context).EnsureTenant(id);
        cancellationToken.ThrowIfCancellationRequested();
        return TypedResults.Ok(await grains.GetGrain<ISolicitationOrderGrain>($"{id}/{orderId}").GetAsync()
            ?? throw new NotFoundException($"Order '{orderId}' of client '{id}' is not known (never received, purged or erased)."));
    }

    private static async Task<Ok<SolicitationReport>> ReportAsync(
        string id, DateOnly? from, DateOnly? to, HttpContext context, IGrainFactory grains,
        [FromKeyedServices(Grains.DomainClock.Key)] TimeProvider time, CancellationToken cancellationToken)
    {
        AdminCaller.Get(context).EnsureTenant(id);
        await ClientEndpoints.ExistingAsync(grains, id);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var (first, last) = (from ?? today.AddDays(-29), to ?? today);
        if (last < first || last.DayNumber - first.DayNumber > SolicitationReportGrain.Days)
        {
            throw new ValidationException($"from must not be after to, and the range at most {SolicitationReportGrain.Days} days.");
        }

        cancellationToken.ThrowIfCancellationRequested();
        var days = await grains.GetGrain<ISolicitationReportGrain>(id).GetAsync(first, last);
        return TypedResults.Ok(new SolicitationReport(id, first, last, days.Aggregate(SolicitationCounts.Zero, (a, d) => a.Add(d.Counts)), days));
    }

    private static async Task<Ok<SchedulerView>> SchedulerAsync(string id, HttpContext context, IGrainFactory grains, CancellationToken cancellationToken)
    {
        AdminCaller.Get(context).EnsureTenant(id);
        cancellationToken.ThrowIfCancellationRequested();
        return TypedResults.Ok(await grains.GetGrain<ISolicitationSchedulerGrain>(id).GetAsync());
    }

    private static async Task<Ok<ErasureResult>> EraseAsync(string id, AddressRequest request, HttpContext context, IGrainFactory grains, PersonalDataProtector protector, CancellationToken cancellationToken)
    {
        AdminCaller.Get(context).EnsureTenant(id);
        await ClientEndpoints.ExistingAsync(grains, id);
        if (!TransactionValidator.IsEmail(request.Email?.Trim()))
        {
            throw new ValidationException("email is not a valid e-mail address.");
        }

        cancellationToken.ThrowIfCancellationRequested();
        return TypedResults.Ok(new ErasureResult(await grains.GetGrain<ISolicitationRecipientGrain>($"{id}/{protector.Pseudonym(id, request.Email!)}").EraseAsync()));
    }

    private static async Task<Ok<SuppressionResult>> SuppressAsync(
        string id, SuppressionRequest request, HttpContext context, IGrainFactory grains, PersonalDataProtector protector,
        [FromKeyedServices(Grains.DomainClock.Key)] TimeProvider time, CancellationToken cancellationToken)
    {
        AdminCaller.Get(context).EnsureTenant(id);
        await ClientEndpoints.ExistingAsync(grains, id);
        if (request.Emails is not { Count: > 0 and <= 10_000 } emails)
        {
            throw new ValidationException("emails must hold 1 to 10000 addresses.");
        }

        var bad = emails.Select((e, i) => (e, i)).FirstOrDefault(x => !TransactionValidator.IsEmail(x.e?.Trim()));
        if (bad.e is not null || emails.Any(e => e is null))
        {
            throw new ValidationException($"emails[{bad.i}] is not a valid e-mail address.");
        }

        cancellationToken.ThrowIfCancellationRequested();
        var now = time.GetUtcNow();
        var added = 0;
        foreach (var email in emails)
        {
            added += await grains.GetGrain<ISolicitationRecipientGrain>($"{id}/{protector.Pseudonym(id, email)}").SuppressAsync(request.Reason ?? "client list", now) ? 1 : 0;
        }

        return TypedResults.Ok(new SuppressionResult(added, emails.Count - added));
    }
}
