using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Providers;
using Ugc.Storage.Options;
using Ugc.Storage.Schema;
using Ugc.Storage.Sqlite;
using Ugc.Storage.Streams;

namespace Ugc.Storage.Hosting;

/// <summary>
/// The sqlite provider: Orleans' ADO.NET grain storage, reminders and streams on one file, all through one
/// <see cref="UgcSqliteDataSource"/> (invariant <c>System.Data.SQLite</c>, connections of Microsoft.Data.Sqlite).
/// </summary>
internal static class SqliteStorageRegistration
{
    /// <summary>Orleans' ADO.NET invariant for SQLite, whatever the ADO.NET package (Microsoft.Data.Sqlite here).</summary>
    public const string Invariant = "System.Data.SQLite";

    public static void Register(ISiloBuilder silo, UgcStorageOptions options)
    {
        // Nothing to dispose: the data source holds the file's gate, and the pool belongs to Microsoft.Data.Sqlite.
        var dataSource = new UgcSqliteDataSource(options.SqliteFilePath);
        void Connect(AdoNetGrainStorageOptions o)
        {
            o.Invariant = Invariant;
            o.DataSource = dataSource;
        }

        silo.AddAdoNetGrainStorage(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, Connect);
        silo.AddAdoNetGrainStorage(ProviderConstants.DEFAULT_PUBSUB_PROVIDER_NAME, Connect);
        silo.UseAdoNetReminderService(o =>
        {
            o.Invariant = Invariant;
            o.DataSource = dataSource;
        });
        foreach (var name in options.StreamProviders)
        {
            AdoNetStreamRegistration.Add(silo, name, options, o =>
            {
                o.Invariant = Invariant;
                o.DataSource = dataSource;
            });
            silo.Services.AddKeyedSingleton<IStreamQueueMonitor>(name, (sp, key) => new AdoNetStreamQueueMonitor(
                (string)key!,
                new SqliteStreamMonitorStore(dataSource),
                sp,
                options.MessageExpiry,
                sp.GetRequiredService<ILogger<AdoNetStreamQueueMonitor>>()));
        }

        UgcStorageSiloBuilderExtensions.AddSchema(silo.Services, new SchemaTarget(SchemaDialect.Sqlite, dataSource.FilePath,
            SchemaFeature.Persistence | SchemaFeature.Reminders | SchemaFeature.Streaming));
    }
}
