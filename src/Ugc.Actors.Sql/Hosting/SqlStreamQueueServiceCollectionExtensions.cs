using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Ugc.Actors.Sql.Dialects;
using Ugc.Actors.Sql.Options;
using Ugc.Actors.Sql.Streams;
using Ugc.Actors.Streams;

namespace Ugc.Actors.Sql.Hosting;

/// <summary>Registers SQL stream queues as a keyed <see cref="IStreamQueueStorage"/> whose key is the stream provider name.</summary>
public static class SqlStreamQueueServiceCollectionExtensions
{
    /// <summary>Stream queues in a SQLite file; options bind from <c>Ugc:Streams:Sql:{name}</c>.</summary>
    public static IServiceCollection AddSqliteStreamQueues(this IServiceCollection services, string name, Action<SqlStreamQueueOptions>? configure = null) =>
        services.AddSqlStreamQueues(name, SqlDialect.Sqlite, configure);

    /// <summary>Stream queues in PostgreSQL; options bind from <c>Ugc:Streams:Sql:{name}</c>.</summary>
    public static IServiceCollection AddPostgresStreamQueues(this IServiceCollection services, string name, Action<SqlStreamQueueOptions>? configure = null) =>
        services.AddSqlStreamQueues(name, SqlDialect.Postgres, configure);

    private static IServiceCollection AddSqlStreamQueues(this IServiceCollection services, string name, SqlDialect dialect,
        Action<SqlStreamQueueOptions>? configure)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        SqlProviderRegistration.AddProviderOptions(services, name, $"{SqlStreamQueueOptions.SectionName}:{name}", configure);
        services.AddKeyedSingleton<IStreamQueueStorage>(name, (provider, _) =>
        {
            var (options, database) = SqlProviderRegistration.Resolve<SqlStreamQueueOptions>(provider, name, dialect);
            return new SqlStreamQueueStorage(name, database, options, provider.GetRequiredService<TimeProvider>(),
                provider.GetService<ILogger<SqlStreamQueueStorage>>());
        });
        return services;
    }
}
