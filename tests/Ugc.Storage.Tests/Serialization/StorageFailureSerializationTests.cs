using System.Data.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Orleans.Serialization;
using Ugc.Storage.Hosting;
using Ugc.Storage.Options;

namespace Ugc.Storage.Tests.Serialization;

/// <summary>
/// A grain storage failure on PostgreSQL must reach a caller on another silo as a storage failure (the gateway
/// answers it 503), so the silo's serializer must carry the Npgsql exception Orleans wraps.
/// </summary>
public sealed class StorageFailureSerializationTests
{
    [Fact]
    public void A_postgres_storage_failure_survives_the_hop_to_another_silo_with_its_database_exception()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.UseOrleans(silo => silo.UseLocalhostClustering().AddUgcStorage(o =>
        {
            o.Provider = UgcStorageProvider.Postgres;
            o.ConnectionString = "Host=127.0.0.1;Username=ugc;Database=ugc";
        }));
        using var host = builder.Build();
        var serializer = host.Services.GetRequiredService<Serializer>();

        var failure = new OrleansException("Error from storage provider AdoNetGrainStorage.nickname during ReadStateAsync",
            new NpgsqlException("Failed to connect to 127.0.0.1:5432"));
        var received = serializer.Deserialize<Exception>(serializer.SerializeToArray<Exception>(failure));

        Assert.IsType<OrleansException>(received);
        var inner = Assert.IsAssignableFrom<DbException>(received.InnerException);
        Assert.Equal("Failed to connect to 127.0.0.1:5432", inner.Message);
    }
}
