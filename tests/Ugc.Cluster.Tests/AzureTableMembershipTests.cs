using Azure.Data.Tables;
using Ugc.Cluster.Tests.Infrastructure;
using Ugc.Testing;
using Xunit.Abstractions;

namespace Ugc.Cluster.Tests;

/// <summary>
/// Azure Table membership for real, against Azurite: two silo processes (memory storage, no database) find each
/// other through the membership table, serve each other's data, and a killed silo is declared dead in the table.
/// </summary>
[Collection(ClusterCollection.Name)]
[Trait("Category", "Cluster")]
[Trait("Category", "Azurite")]
public sealed class AzureTableMembershipTests(ITestOutputHelper output)
{
    [AzuriteFact]
    public async Task Two_silos_form_a_cluster_on_Azure_Table_membership_and_a_killed_one_is_declared_dead_in_the_table()
    {
        await using var azurite = await AzuriteServer.StartAsync();
        var environment = new Dictionary<string, string>
        {
            ["Ugc__Storage__Provider"] = "memory",
            ["Ugc__Cluster__Membership"] = "azuretable",
            ["ConnectionStrings__AzureTable"] = azurite.ConnectionString,
            ["Ugc__Cluster__ClusterId"] = "azure-tests",
            ["Ugc__Admin__Token"] = SiloCluster.OperatorToken,
            ["Ugc__Demo__Seed"] = "false",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (var (key, value) in SiloCluster.LivenessSettings)
        {
            environment[key] = value;
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        await using var a = SiloProcess.Start("A", environment);
        await using var b = SiloProcess.Start("B", environment);
        await Task.WhenAll(a.WaitHealthyAsync(http, SiloCluster.StartTimeout), b.WaitHealthyAsync(http, SiloCluster.StartTimeout));

        var table = new TableClient(azurite.ConnectionString, "OrleansSiloInstances");
        async Task<Dictionary<int, string>> StatusesAsync()
        {
            var rows = new Dictionary<int, string>();
            await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == "azure-tests"))
            {
                if (row.GetString("Port") is { } port && row.GetString("Status") is { } status)
                {
                    rows[int.Parse(port, System.Globalization.CultureInfo.InvariantCulture)] = status;
                }
            }

            return rows;
        }

        await Poll.UntilAsync(StatusesAsync, rows => rows.GetValueOrDefault(a.SiloPort) == "Active" && rows.GetValueOrDefault(b.SiloPort) == "Active",
            "both silos are Active in Azurite's membership table", TimeSpan.FromSeconds(60));

        // Written through A, read through B: one cluster, whichever silo holds the grains.
        var tenant = await Tenant.CreateAsync(http, a.BaseAddress, "azure-brand", 2, SiloCluster.OperatorToken);
        using var form = tenant.ReviewForm("p0", 1, "azure");
        using var submitted = await http.PostAsync(tenant.SubmitUri(a.BaseAddress), form);
        Assert.Contains("\"SubmissionId\"", await submitted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await Poll.UntilAsync(async () => (await tenant.VisibleIdsAsync(http, b.BaseAddress)).Count == 1,
            "the review submitted through A is visible through B", TimeSpan.FromSeconds(30));

        await a.KillAsync();
        var rows = await Poll.UntilAsync(StatusesAsync, r => r.GetValueOrDefault(a.SiloPort) == "Dead",
            "the killed silo is Dead in Azurite's membership table", TimeSpan.FromSeconds(60));
        Assert.Equal("Active", rows[b.SiloPort]);
        output.WriteLine($"Azure Table membership on Azurite: 2 silos Active, cross-silo read, killed silo Dead; table rows: {string.Join(", ", rows.Select(r => $"{r.Key}={r.Value}"))}.");
    }
}
