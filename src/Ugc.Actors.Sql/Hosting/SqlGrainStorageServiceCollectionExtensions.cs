using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Ugc.Actors.Persistence;
using Ugc.Actors.Sql.Dialects;
using Ugc.Actors.Sql.Options;
using Ugc.Actors.Sql.Storage;

namespace Ugc.Actors.Sql.Hosting;

/// <summary>Registers SQL grain storage as a keyed <see cref="IGrainStorage"/> whose key is the provider name.</summary>
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
        services.AddKeyedSingleton<IGrainStorage>(name, (provider, _) =>
        {
            var (options, database) = SqlProviderRegistration.Resolve<SqlStorageOptions>(provider, name, dialect);
            return new SqlGrainStorage(name, database, options, provider.GetRequiredService<TimeProvider>(),
                provider.GetService<ILogger<SqlGrainStorage>>());
        });
        return services;
    }
}
