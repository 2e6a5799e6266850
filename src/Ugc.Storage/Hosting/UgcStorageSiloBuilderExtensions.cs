using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Ugc.Storage.Options;
using Ugc.Storage.Schema;

namespace Ugc.Storage.Hosting;

/// <summary>Registers our storage on an Orleans silo: grain state, reminders, persistent streams and their schema.</summary>
public static class UgcStorageSiloBuilderExtensions
{
    /// <summary>
    /// Registers grain storage <c>Default</c> and <c>PubSubStore</c>, the reminder service and one persistent stream
    /// provider per <see cref="UgcStorageOptions.StreamProviders"/> name on the configured provider (memory, sqlite or
    /// postgres), each stream provider with a keyed <see cref="Streams.IStreamQueueMonitor"/>. The options are bound
    /// from <see cref="UgcStorageOptions.SectionName"/>, then <paramref name="configure"/> runs, and they are
    /// validated here: registration depends on them. Clustering is the host's: localhost for sqlite and memory,
    /// <see cref="UseUgcPostgresClustering"/> for postgres.
    /// </summary>
    /// <exception cref="OptionsValidationException">The options are invalid.</exception>
    public static ISiloBuilder AddUgcStorage(this ISiloBuilder silo, Action<UgcStorageOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(configure);

        var options = new UgcStorageOptions();
        silo.Configuration.GetSection(UgcStorageOptions.SectionName).Bind(options);
        configure(options);
        var validation = new UgcStorageOptionsValidator().Validate(Microsoft.Extensions.Options.Options.DefaultName, options);
        if (validation.Failed)
        {
            throw new OptionsValidationException(Microsoft.Extensions.Options.Options.DefaultName, typeof(UgcStorageOptions), validation.Failures);
        }

        silo.Services.AddOptions<UgcStorageOptions>().BindConfiguration(UgcStorageOptions.SectionName).Configure(configure).ValidateOnStart();
        silo.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<UgcStorageOptions>, UgcStorageOptionsValidator>());
        switch (options.Provider)
        {
            case UgcStorageProvider.Memory:
                MemoryStorageRegistration.Register(silo, options);
                break;
            case UgcStorageProvider.Sqlite:
                SqliteStorageRegistration.Register(silo, options);
                break;
            case UgcStorageProvider.Postgres:
                PostgresStorageRegistration.Register(silo, options);
                break;
        }

        return silo;
    }

    /// <summary>
    /// Uses Orleans' ADO.NET clustering on our PostgreSQL membership tables (<c>deploy/sql/postgres/clustering.sql</c>,
    /// applied at start). Every silo of the cluster uses the same database, <c>ClusterId</c> and <c>ServiceId</c>.
    /// </summary>
    public static ISiloBuilder UseUgcPostgresClustering(this ISiloBuilder silo, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);

        silo.UseAdoNetClustering(o =>
        {
            o.Invariant = PostgresStorageRegistration.Invariant;
            o.ConnectionString = PostgresConnectionTuning.Apply(connectionString);
        });
        AddSchema(silo.Services, new SchemaTarget(SchemaDialect.Postgres, connectionString, SchemaFeature.Clustering));
        return silo;
    }

    /// <summary>Adds a database to the scripts applied at start, and the participant that applies them (once).</summary>
    internal static void AddSchema(IServiceCollection services, SchemaTarget target)
    {
        services.AddSingleton(target);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ILifecycleParticipant<ISiloLifecycle>, SchemaInitializer>());
    }
}
