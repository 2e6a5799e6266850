using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;
using Orleans.Providers;
using Orleans.Serialization;
using Ugc.Storage.Options;
using Ugc.Storage.Schema;
using Ugc.Storage.Streams;

namespace Ugc.Storage.Hosting;

/// <summary>The postgres provider: Orleans' ADO.NET grain storage, reminders and streams on our PostgreSQL scripts.</summary>
internal static class PostgresStorageRegistration
{
    /// <summary>Orleans' ADO.NET invariant of Npgsql.</summary>
    public const string Invariant = "Npgsql";

    /// <summary>The service key of the <see cref="NpgsqlDataSource"/> the stream monitors use.</summary>
    private const string DataSourceKey = "Ugc.Storage";

    public static void Register(ISiloBuilder silo, UgcStorageOptions options)
    {
        var schemaConnectionString = options.ConnectionString!;
        var connectionString = PostgresConnectionTuning.Apply(schemaConnectionString);
        void Connect(AdoNetGrainStorageOptions o)
        {
            o.Invariant = Invariant;
            o.ConnectionString = connectionString;
        }

        silo.AddAdoNetGrainStorage(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, Connect);
        silo.AddAdoNetGrainStorage(ProviderConstants.DEFAULT_PUBSUB_PROVIDER_NAME, Connect);
        silo.UseAdoNetReminderService(o =>
        {
            o.Invariant = Invariant;
            o.ConnectionString = connectionString;
        });
        silo.Services.AddKeyedSingleton(DataSourceKey, (_, _) => NpgsqlDataSource.Create(connectionString));
        foreach (var name in options.StreamProviders)
        {
            AdoNetStreamRegistration.Add(silo, name, options, o =>
            {
                o.Invariant = Invariant;
                o.ConnectionString = connectionString;
            });
            silo.Services.AddKeyedSingleton<IStreamQueueMonitor>(name, (sp, key) => new AdoNetStreamQueueMonitor(
                (string)key!,
                new PostgresStreamMonitorStore(sp.GetRequiredKeyedService<NpgsqlDataSource>(DataSourceKey)),
                sp,
                options.MessageExpiry,
                sp.GetRequiredService<ILogger<AdoNetStreamQueueMonitor>>()));
        }

        UgcStorageSiloBuilderExtensions.AddSchema(silo.Services, new SchemaTarget(SchemaDialect.Postgres, schemaConnectionString,
            SchemaFeature.Persistence | SchemaFeature.Reminders | SchemaFeature.Streaming));

        // A grain's storage failure travels to the calling silo inside Orleans' exception; without this, Orleans
        // cannot serialize the Npgsql exception inside it and the caller gets a codec error instead of the failure.
        silo.Services.Configure<ExceptionSerializationOptions>(o => o.SupportedNamespacePrefixes.Add("Npgsql"));
    }
}
