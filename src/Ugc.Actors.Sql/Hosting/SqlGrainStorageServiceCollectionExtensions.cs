using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Ugc.Actors.Hosting;
using Ugc.Actors.Persistence;
using Ugc.Actors.Sql.Dialects;
using Ugc.Actors.Sql.Options;
using Ugc.Actors.Sql.Storage;

namespace Ugc.Actors.Sql.Hosting;

/// <summary>
/// Registers SQL grain storage as a keyed <see cref="IGrainStorage"/> whose key is the provider name, and a silo
/// lifecycle participant that creates its schema when the silo starts.
/// </summary>
public static class SqlGrainStorageServiceCollectionExtensions
{
    /// <summary>Grain storage in a SQLite file; options bind from <c>Ugc:Persistence:Sql:{name}</c>.</summary>
    public static IServiceCollection AddSqliteGrainStorage(this IServiceCollection services, string name, Action<SqlStorageOptions>? configure = null) =>
        services.AddSqlGrainStorage(name, SqlDialect.Sqlite, configure);

    /// <summary>Grain storage in PostgreSQL (jsonb); options bind from <c>Ugc:Persistence:Sql:{name}</c>.</summary>
    public static IServiceCollection AddPostgresGrainStorage(this IServiceCollection services, string name, Action<SqlStorageOptions>? configure = null) =>
        services.AddSqlGrainStorage(name, SqlDialect.Postgres, configure);

    private static IServiceCollection AddSqlGrainStorage(this IServiceCollection services, string name, SqlDialect dialect,
        Action<SqlStorageOptions>? configure)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        SqlProviderRegistration.AddProviderOptions(services, name, $"{SqlStorageOptions.SectionName}:{name}", configure);
        services.AddKeyedSingleton(name, (provider, _) =>
        {
            var (options, database) = SqlProviderRegistration.Resolve<SqlStorageOptions>(provider, name, dialect);
            return new SqlGrainStorage(name, database, options, provider.GetRequiredService<TimeProvider>(),
                provider.GetService<ILogger<SqlGrainStorage>>());
        });
        services.AddKeyedSingleton<IGrainStorage>(name, (provider, _) => provider.GetRequiredKeyedService<SqlGrainStorage>(name));

        // A silo creates the schema as it starts; outside a silo nothing runs this, and first use still creates it.
        services.AddSingleton<ISiloLifecycleParticipant>(provider => new SqlGrainStorageInitializer(provider.GetRequiredKeyedService<SqlGrainStorage>(name)));
        return services;
    }
}
