using Microsoft.Extensions.DependencyInjection;
using Ugc.Actors.Reminders;
using Ugc.Actors.Sql.Dialects;
using Ugc.Actors.Sql.Options;
using Ugc.Actors.Sql.Reminders;

namespace Ugc.Actors.Sql.Hosting;

/// <summary>Registers the SQL reminder table as the singleton <see cref="IReminderTable"/>.</summary>
public static class SqlReminderTableServiceCollectionExtensions
{
    /// <summary>Reminders in a SQLite file; options bind from <c>Ugc:Reminders:Sql</c>.</summary>
    public static IServiceCollection AddSqliteReminderTable(this IServiceCollection services, Action<SqlReminderTableOptions>? configure = null) =>
        services.AddSqlReminderTable(SqlDialect.Sqlite, configure);

    /// <summary>Reminders in PostgreSQL; options bind from <c>Ugc:Reminders:Sql</c>.</summary>
    public static IServiceCollection AddPostgresReminderTable(this IServiceCollection services, Action<SqlReminderTableOptions>? configure = null) =>
        services.AddSqlReminderTable(SqlDialect.Postgres, configure);

    private static IServiceCollection AddSqlReminderTable(this IServiceCollection services, SqlDialect dialect, Action<SqlReminderTableOptions>? configure)
    {
        SqlProviderRegistration.AddProviderOptions(services, Microsoft.Extensions.Options.Options.DefaultName, SqlReminderTableOptions.SectionName, configure);
        services.AddSingleton<IReminderTable>(provider =>
        {
            var (options, database) = SqlProviderRegistration.Resolve<SqlReminderTableOptions>(provider, Microsoft.Extensions.Options.Options.DefaultName, dialect);
            return new SqlReminderTable(database, options);
        });
        return services;
    }
}
