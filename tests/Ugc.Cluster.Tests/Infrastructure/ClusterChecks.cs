using Ugc.Testing;

namespace Ugc.Cluster.Tests.Infrastructure;

/// <summary>Waits on the membership table and the content API, failing with what was seen.</summary>
public static class ClusterChecks
{
    /// <summary>Waits until the membership table lists exactly these silos as Active (by silo port).</summary>
    public static async Task ActiveAsync(SiloCluster cluster, IEnumerable<SiloProcess> silos, TimeSpan timeout)
    {
        var ports = silos.Select(s => s.SiloPort).ToHashSet();
        await Poll.UntilAsync(
            async () => (await cluster.MembersAsync()).Where(r => r.Status == MemberStatus.Active).Select(r => r.Port).ToHashSet(),
            active => active.SetEquals(ports),
            $"the membership table lists silo ports {string.Join(", ", ports)} as Active",
            timeout);
    }

    /// <summary>Waits until every acknowledged id is visible through <paramref name="silo"/>; returns how long it took.</summary>
    public static async Task<TimeSpan> AllVisibleAsync(SiloCluster cluster, Tenant tenant, SiloProcess silo, IReadOnlySet<string> acknowledged, TimeSpan timeout)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var missing = new List<string>();
        try
        {
            await Poll.UntilAsync(async () =>
            {
                var visible = await tenant.VisibleIdsAsync(cluster.Http, silo.BaseAddress);
                missing = acknowledged.Where(id => !visible.Contains(id)).ToList();
                return missing.Count == 0;
            }, "every acknowledged submission is moderated and visible", timeout);
        }
        catch (TimeoutException ex)
        {
            var (waiting, inFlight, dead) = await cluster.WaitingEventsAsync();
            var samples = new List<string>();
            foreach (var id in missing.Order(StringComparer.Ordinal).Take(5))
            {
                samples.Add($"{id}: {await ContentStateAsync(cluster, silo, id)}");
            }

            throw new TimeoutException($"{ex.Message} {missing.Count} of {acknowledged.Count} acknowledged submissions are not visible; "
                + $"{waiting} events wait in the stream queues, {inFlight} are dequeued and not yet confirmed (they come back after the visibility timeout), {dead} are dead letters. "
                + $"What their content grains hold:\n{string.Join("\n", samples)}\n{cluster.Describe()}", ex);
        }

        return clock.Elapsed;
    }

    /// <summary>Waits until no event of the pipeline waits in a queue (every queue is pulled) and there is no dead letter.</summary>
    public static async Task QueuesDrainedAsync(SiloCluster cluster, TimeSpan timeout)
    {
        var last = (Waiting: -1L, InFlight: -1L, DeadLetters: -1L);
        await Poll.UntilAsync(async () =>
        {
            last = await cluster.WaitingEventsAsync();
            return last.Waiting == 0;
        }, "no pipeline event waits undelivered in any stream queue", timeout);
        Assert.True(last.DeadLetters == 0, $"{last.DeadLetters} pipeline events became dead letters.");
    }

    /// <summary>
    /// What the content grain of <paramref name="contentId"/> holds (operator API): its status and the trail's steps
    /// that did not pass, or the HTTP answer. A rejected or held review is moderation's doing, not a lost one.
    /// </summary>
    private static async Task<string> ContentStateAsync(SiloCluster cluster, SiloProcess silo, string contentId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(silo.BaseAddress, $"/admin/content/{Uri.EscapeDataString(contentId)}"));
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", SiloCluster.OperatorToken);
        try
        {
            using var response = await cluster.Http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode)
            {
                return $"HTTP {(int)response.StatusCode} {(body.Length > 300 ? body[..300] : body)}";
            }

            var content = System.Text.Json.JsonDocument.Parse(body).RootElement;
            var steps = content.GetProperty("trail").EnumerateArray()
                .Where(t => t.GetProperty("verdict").GetString() != "pass")
                .Select(t => $"{t.GetProperty("stage").GetString()} {t.GetProperty("name").GetString()}: {t.GetProperty("verdict").GetString()} ({t.GetProperty("detail")})");
            return $"{content.GetProperty("status").GetString()}; {string.Join("; ", steps)}";
        }
        catch (Exception e) when (e is HttpRequestException or System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return e.Message;
        }
    }
}
