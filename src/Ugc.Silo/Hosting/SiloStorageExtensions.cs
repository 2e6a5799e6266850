using Ugc.Contracts.Content;
using Ugc.Storage.Hosting;
using Ugc.Storage.Options;

namespace Ugc.Silo.Hosting;

/// <summary>Grain storage, reminders and the pipeline's streams on the configured provider (memory, sqlite, postgres).</summary>
public static class SiloStorageExtensions
{
    public static ISiloBuilder AddUgcStorage(this ISiloBuilder silo, UgcHostOptions options) =>
        silo.AddUgcStorage(storage =>
        {
            storage.Provider = options.StorageProvider switch
            {
                "postgres" => UgcStorageProvider.Postgres,
                "memory" => UgcStorageProvider.Memory,
                _ => UgcStorageProvider.Sqlite,
            };
            storage.DataDirectory = options.DataDirectory;
            storage.ConnectionString = options.PostgresConnectionString;
            if (storage.Provider == UgcStorageProvider.Postgres && string.IsNullOrWhiteSpace(storage.ConnectionString))
            {
                throw new InvalidOperationException("Ugc:Storage:Provider=postgres needs ConnectionStrings:Postgres (env ConnectionStrings__Postgres).");
            }

            if (!storage.StreamProviders.Contains(StreamNames.Provider))
            {
                storage.StreamProviders.Add(StreamNames.Provider);
            }
        });
}
