using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Ugc.Actors.Membership;
using Ugc.Actors.Persistence;
using Ugc.Actors.Reminders;
using Ugc.Actors.Sql.Hosting;
using Ugc.Actors.Sql.Membership;
using Ugc.Actors.Sql.Options;
using Ugc.Actors.Sql.Reminders;
using Ugc.Actors.Sql.Storage;
using Ugc.Actors.Sql.Streams;
using Ugc.Actors.Sql.Tests.Infrastructure;
using Ugc.Actors.Streams;

namespace Ugc.Actors.Sql.Tests.Hosting;

public sealed class RegistrationTests : IDisposable
{
    private readonly SqliteTestFile _file = new();

    [Fact]
    public async Task Each_grain_storage_name_gets_its_own_keyed_provider()
    {
        var services = new ServiceCollection()
            .AddSqliteGrainStorage("store", o => o.ConnectionString = _file.ConnectionString)
            .AddSqliteGrainStorage("archive", o => { o.ConnectionString = _file.ConnectionString; o.ServiceId = "archive-svc"; });
        await using var provider = services.BuildServiceProvider(validateScopes: true);

        var store = provider.GetRequiredKeyedService<IGrainStorage>("store");
        var archive = provider.GetRequiredKeyedService<IGrainStorage>("archive");
        var grain = new GrainId("g", "1");
        await store.WriteStateAsync("s", grain, new GrainState<int>(7));
        var fromArchive = new GrainState<int>(0);
        await archive.ReadStateAsync("s", grain, fromArchive);

        Assert.IsType<SqlGrainStorage>(store);
        Assert.NotSame(store, archive);
        Assert.Same(store, provider.GetRequiredKeyedService<IGrainStorage>("store"));
        Assert.False(fromArchive.RecordExists);
        Assert.Equal("archive-svc", provider.GetRequiredService<IOptionsMonitor<SqlStorageOptions>>().Get("archive").ServiceId);
    }

    [Fact]
    public async Task Singletons_and_keyed_queues_resolve_from_one_registration_each()
    {
        var services = new ServiceCollection()
            .AddSqliteReminderTable(o => o.ConnectionString = _file.ConnectionString)
            .AddSqliteMembershipTable(o => { o.ConnectionString = _file.ConnectionString; o.ClusterId = "c1"; })
            .AddSqliteStreamQueues("events", o => o.ConnectionString = _file.ConnectionString);
        await using var provider = services.BuildServiceProvider(validateScopes: true);

        Assert.IsType<SqlReminderTable>(provider.GetRequiredService<IReminderTable>());
        Assert.IsType<SqlMembershipTable>(provider.GetRequiredService<IMembershipTable>());
        var queues = Assert.IsType<SqlStreamQueueStorage>(provider.GetRequiredKeyedService<IStreamQueueStorage>("events"));
        Assert.Null(provider.GetKeyedService<IStreamQueueStorage>("other"));
        await queues.EnqueueAsync(0, [new QueueEnvelope("n", "k", "t", [1])]);
        Assert.Equal(1, (await queues.GetQueueStatsAsync(0)).Depth);
    }

    [Fact]
    public async Task Options_bind_from_configuration_by_provider_name()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Ugc:Persistence:Sql:store:ConnectionString"] = _file.ConnectionString,
            ["Ugc:Persistence:Sql:store:ServiceId"] = "from-config",
            ["Ugc:Membership:Sql:ClusterId"] = "cluster-from-config",
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration)
            .AddSqliteGrainStorage("store")
            .AddSqliteMembershipTable(o => o.ConnectionString = _file.ConnectionString);
        await using var provider = services.BuildServiceProvider();

        var storage = provider.GetRequiredService<IOptionsMonitor<SqlStorageOptions>>().Get("store");
        var membership = provider.GetRequiredService<IOptions<SqlMembershipTableOptions>>().Value;

        Assert.Equal("from-config", storage.ServiceId);
        Assert.Equal(_file.ConnectionString, storage.ConnectionString);
        Assert.Equal("cluster-from-config", membership.ClusterId);
    }

    [Fact]
    public async Task Missing_connection_string_fails_validation_with_the_option_named()
    {
        var services = new ServiceCollection().AddPostgresGrainStorage("store", o => o.ServiceId = " ");
        await using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredKeyedService<IGrainStorage>("store"));

        Assert.Contains("SqlStorageOptions.ConnectionString is required.", error.Failures);
        Assert.Contains("SqlStorageOptions.ServiceId is required.", error.Failures);
    }

    [Fact]
    public void A_container_disposed_synchronously_disposes_the_databases()
    {
        var provider = new ServiceCollection().AddSqliteGrainStorage("store", o => o.ConnectionString = _file.ConnectionString)
            .BuildServiceProvider();
        provider.GetRequiredKeyedService<IGrainStorage>("store");

        provider.Dispose();
    }

    public void Dispose() => _file.Dispose();
}
