using System.Collections.Concurrent;
using System.Text.Json;

namespace Ugc.Cluster.Tests.Infrastructure;

/// <summary>
/// Continuous review submissions and reads spread over the silos a test names, as a client behind a load balancer
/// would send them: every request goes to the next silo in turn, so a request that failed is retried on another
/// silo. Records every request. Bounded: it stops by itself after <see cref="MaxDuration"/>.
/// </summary>
public sealed class ClusterLoad : IAsyncDisposable
{
    public static readonly TimeSpan MaxDuration = TimeSpan.FromMinutes(4);

    private readonly Tenant _tenant;
    private readonly Func<IReadOnlyList<SiloProcess>> _targets;
    private readonly HttpClient _http;
    private readonly CancellationTokenSource _stop = new(MaxDuration);
    private readonly ConcurrentQueue<Attempt> _attempts = new();
    // Letters only: a run id ending in digits followed by the serial's digits made nicknames with 10 or more digits in
    // a row, which the rules read as a phone number and reject (such runs had most of their reviews rejected).
    private readonly string _run = string.Concat(Guid.NewGuid().ToString("N")[..6].Select(c => char.IsAsciiDigit(c) ? (char)('g' + (c - '0')) : c));
    private readonly List<Task> _workers = [];
    private long _serial;

    /// <param name="targets">The silos to spread requests over, read before every request (tests add and remove silos).</param>
    public ClusterLoad(Tenant tenant, Func<IReadOnlyList<SiloProcess>> targets, int writers, int readers, TimeSpan requestTimeout)
    {
        _tenant = tenant;
        _targets = targets;
        _http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromSeconds(30), ConnectTimeout = TimeSpan.FromSeconds(5) })
        {
            Timeout = requestTimeout,
        };
        for (var i = 0; i < writers; i++)
        {
            var offset = i;
            _workers.Add(Task.Run(() => LoopAsync(offset, write: true)));
        }

        for (var i = 0; i < readers; i++)
        {
            var offset = i;
            _workers.Add(Task.Run(() => LoopAsync(offset, write: false)));
        }
    }

    public IReadOnlyList<Attempt> Attempts => [.. _attempts];

    public IEnumerable<Attempt> Writes => _attempts.Where(a => a.Write);

    public IReadOnlySet<string> AcknowledgedIds => Writes.Where(a => a.Outcome == AttemptOutcome.Succeeded).Select(a => a.ContentId!).ToHashSet(StringComparer.Ordinal);

    /// <summary>Waits until <paramref name="count"/> more writes are acknowledged than now (the load is flowing).</summary>
    public Task WaitForAcknowledgedAsync(int count, TimeSpan timeout)
    {
        var target = AcknowledgedIds.Count + count;
        return Ugc.Testing.Poll.UntilAsync(() => AcknowledgedIds.Count >= target, $"{target} writes are acknowledged", timeout);
    }

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_workers);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _http.Dispose();
        _stop.Dispose();
    }

    private async Task LoopAsync(int offset, bool write)
    {
        for (var turn = offset; !_stop.IsCancellationRequested; turn++)
        {
            var targets = _targets();
            if (targets.Count == 0)
            {
                return;
            }

            var silo = targets[turn % targets.Count];
            var serial = Interlocked.Increment(ref _serial);
            var product = _tenant.Products[(int)(serial % _tenant.Products.Count)];
            var attempt = write ? await WriteAsync(silo, product, serial) : await ReadAsync(silo, product);
            if (attempt is not null)
            {
                _attempts.Enqueue(attempt);
            }
        }
    }

    private async Task<Attempt?> WriteAsync(SiloProcess silo, string product, long serial)
    {
        var started = DateTimeOffset.UtcNow;
        try
        {
            using var form = _tenant.ReviewForm(product, serial, _run);
            using var response = await _http.PostAsync(_tenant.SubmitUri(silo.BaseAddress), form, _stop.Token);
            var body = await response.Content.ReadAsStringAsync(_stop.Token);
            var (ok, id, detail) = Parse(response, body, "SubmissionId");
            return new Attempt(true, silo.Name, product, started, DateTimeOffset.UtcNow, ok ? AttemptOutcome.Succeeded : AttemptOutcome.Refused, ok ? id : null, detail);
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
        {
            return new Attempt(true, silo.Name, product, started, DateTimeOffset.UtcNow, AttemptOutcome.Unanswered, null, ex.GetType().Name + ": " + ex.Message);
        }
    }

    private async Task<Attempt?> ReadAsync(SiloProcess silo, string product)
    {
        var started = DateTimeOffset.UtcNow;
        try
        {
            using var response = await _http.GetAsync(_tenant.ReviewsUri(silo.BaseAddress, product, 1, 0), _stop.Token);
            var body = await response.Content.ReadAsStringAsync(_stop.Token);
            var (ok, _, detail) = Parse(response, body, null);
            return new Attempt(false, silo.Name, product, started, DateTimeOffset.UtcNow, ok ? AttemptOutcome.Succeeded : AttemptOutcome.Refused, null, detail);
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
        {
            return new Attempt(false, silo.Name, product, started, DateTimeOffset.UtcNow, AttemptOutcome.Unanswered, null, ex.GetType().Name + ": " + ex.Message);
        }
    }

    private static (bool Ok, string? Id, string? Detail) Parse(HttpResponseMessage response, string body, string? idProperty)
    {
        var status = (int)response.StatusCode;
        try
        {
            var root = JsonDocument.Parse(body).RootElement;
            var hasErrors = root.TryGetProperty("HasErrors", out var flag) && flag.GetBoolean();
            var codes = root.TryGetProperty("Errors", out var errors) && errors.ValueKind == JsonValueKind.Array
                ? string.Join(",", errors.EnumerateArray().Select(e => e.TryGetProperty("Code", out var c) ? c.GetString() : "?"))
                : "";
            var id = idProperty is not null && root.TryGetProperty(idProperty, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            var ok = response.IsSuccessStatusCode && !hasErrors && (idProperty is null || !string.IsNullOrEmpty(id));
            if (root.TryGetProperty("FormErrors", out var form) && form.ValueKind == JsonValueKind.Object
                && form.TryGetProperty("FieldErrors", out var fields) && fields.ValueKind == JsonValueKind.Object)
            {
                codes += string.Join(",", fields.EnumerateObject().Select(f => $"{f.Name}:{(f.Value.TryGetProperty("Code", out var c) ? c.GetString() : "?")}"));
            }

            var detail = codes.Length > 0 ? codes : body[..Math.Min(body.Length, 300)];
            return (ok, id, ok ? null : $"HTTP {status} {detail}");
        }
        catch (JsonException)
        {
            return (false, null, $"HTTP {status} (not JSON: {body[..Math.Min(body.Length, 200)]})");
        }
    }
}
