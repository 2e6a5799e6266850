using Ugc.Actors.Hosting;
using Ugc.Actors.Persistence;
using Ugc.Actors.Reminders;
using Ugc.Actors.Sql.Hosting;
using Ugc.Actors.Streams;
using Ugc.Contracts.Content;

namespace Ugc.Silo.Hosting;

/// <summary>Grain storage ("Default", "PubSubStore"), the "pipeline" stream queues and reminders on the configured provider.</summary>
public static class SiloStorageExtensions
{
    private static readonly string[] s_storageNames = [PersistentStateAttribute.DefaultStorageName, "PubSubStore"];

    public static ISiloBuilder AddUgcStorage(this ISiloBuilder silo, UgcHostOptions options)
    {
        if (options.IsMemory)
        {
            foreach (var name in s_storageNames)
            {
                silo.AddMemoryGrainStorage(name);
            }

            silo.AddMemoryStreams(StreamNames.Provider);
            return silo.AddReminders();
        }

        var services = silo.Services;
        var postgres = options.StorageProvider == "postgres";
        var connection = postgres ? PostgresConnection(options) : SqliteConnection(options);
        foreach (var name in s_storageNames)
        {
            if (postgres)
            {
                services.AddPostgresGrainStorage(name, o => (o.ConnectionString, o.ServiceId) = (connection, options.ServiceId));
            }
            else
            {
                services.AddSqliteGrainStorage(name, o => (o.ConnectionString, o.ServiceId) = (connection, options.ServiceId));
            }
        }

        if (postgres)
        {
            services.AddPostgresStreamQueues(StreamNames.Provider, o => (o.ConnectionString, o.ServiceId) = (connection, options.ServiceId));
            services.AddPostgresReminderTable(o => (o.ConnectionString, o.ServiceId) = (connection, options.ServiceId));
        }
        else
        {
            services.AddSqliteStreamQueues(StreamNames.Provider, o => (o.ConnectionString, o.ServiceId) = (connection, options.ServiceId));
            services.AddSqliteReminderTable(o => (o.ConnectionString, o.ServiceId) = (connection, options.ServiceId));
        }

        return silo.AddPersistentStreams(StreamNames.Provider).AddReminders();
    }

    private static string PostgresConnection(UgcHostOptions options) =>
        options.PostgresConnectionString
        ?? throw new InvalidOperationException("Ugc:Storage:Provider=postgres needs ConnectionStrings:Postgres (env ConnectionStrings__Postgres).");

    private static string SqliteConnection(UgcHostOptions options)
    {
        var directory = Path.GetFullPath(options.DataDirectory);
        Directory.CreateDirectory(directory);
        return $"Data Source={Path.Combine(directory, "ugc.db")};Default Timeout=30";
    }
}
