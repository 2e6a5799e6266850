using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ugc.Cluster.Tests.Infrastructure;
using Ugc.Testing;
using Ugc.Testing.Postgres;
using Xunit.Abstractions;

namespace Ugc.Cluster.Tests;

/// <summary>Three silo processes on one PostgreSQL form one cluster: one membership, one operator token, any silo serves any request.</summary>
[Collection(ClusterCollection.Name)]
[Trait("Category", "Cluster")]
[Trait("Category", "Postgres")]
public sealed partial class ClusterFormationTests(PostgresFixture postgres, ITestOutputHelper output)
{
    [ClusterFact]
    public async Task Three_silos_form_one_cluster_and_a_review_submitted_through_one_is_read_through_the_others()
    {
        await using var cluster = await SiloCluster.CreateAsync(postgres.Server, configureToken: false);
        var silos = await cluster.StartAsync("A", "B", "C");
        await ClusterChecks.ActiveAsync(cluster, silos, TimeSpan.FromSeconds(30));

        // No token configured: the cluster generated one, printed by the one silo whose proposal was stored.
        var printed = silos.Select(s => TokenLine().Match(s.Output)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();
        Assert.True(printed.Count == 1, $"Expected one silo to print the generated operator token; {printed.Count} did.\n{cluster.Describe()}");
        var token = printed[0];
        foreach (var silo in silos)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(silo.BaseAddress, "/admin/clients/nobody"));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await cluster.Http.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"Silo {silo.Name} answered {(int)response.StatusCode} to the cluster's operator token (404 expected: accepted, no such client).");
        }

        var tenant = await Tenant.CreateAsync(cluster.Http, silos[0].BaseAddress, "brand", 3, token);
        using var form = tenant.ReviewForm("p1", 1, "formation");
        var receipt = JsonDocument.Parse(await (await cluster.Http.PostAsync(tenant.SubmitUri(silos[0].BaseAddress), form)).Content.ReadAsStringAsync()).RootElement;
        Assert.False(receipt.GetProperty("HasErrors").GetBoolean(), receipt.ToString());
        var id = receipt.GetProperty("SubmissionId").GetString()!;

        // The key issued through A and the review submitted through A, read through B and C.
        foreach (var silo in silos.Skip(1))
        {
            await Poll.UntilAsync(async () => (await tenant.VisibleIdsAsync(cluster.Http, silo.BaseAddress)).Contains(id),
                $"the review submitted through A is visible through {silo.Name}", TimeSpan.FromSeconds(30));
        }

        output.WriteLine($"3 silos active in the membership table; operator token printed by 1 silo, accepted by 3; review {id} through A visible through B and C.");
    }

    [GeneratedRegex(@"Operator token \(shown once[^:]*: (\S+)")]
    private static partial Regex TokenLine();
}
