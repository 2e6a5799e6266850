using Microsoft.Extensions.DependencyInjection;
using Ugc.Actors.Membership;
using Ugc.Actors.Sql.Dialects;
using Ugc.Actors.Sql.Membership;
using Ugc.Actors.Sql.Options;

namespace Ugc.Actors.Sql.Hosting;

/// <summary>Registers the SQL membership table as the singleton <see cref="IMembershipTable"/>.</summary>
public static class SqlMembershipTableServiceCollectionExtensions
{
    /// <summary>Membership in a SQLite file (silos sharing one machine); options bind from <c>Ugc:Membership:Sql</c>.</summary>
    public static IServiceCollection AddSqliteMembershipTable(this IServiceCollection services, Action<SqlMembershipTableOptions>? configure = null) =>
        services.AddSqlMembershipTable(SqlDialect.Sqlite, configure);

    /// <summary>Membership in PostgreSQL; options bind from <c>Ugc:Membership:Sql</c>.</summary>
    public static IServiceCollection AddPostgresMembershipTable(this IServiceCollection services, Action<SqlMembershipTableOptions>? configure = null) =>
        services.AddSqlMembershipTable(SqlDialect.Postgres, configure);

    private static IServiceCollection AddSqlMembershipTable(this IServiceCollection services, SqlDialect dialect, Action<SqlMembershipTableOptions>? configure)
    {
        SqlProviderRegistration.AddProviderOptions(services, Microsoft.Extensions.Options.Options.DefaultName, SqlMembershipTableOptions.SectionName, configure);
        services.AddSingleton<IMembershipTable>(provider =>
        {
            var (options, database) = SqlProviderRegistration.Resolve<SqlMembershipTableOptions>(provider, Microsoft.Extensions.Options.Options.DefaultName, dialect);
            return new SqlMembershipTable(database, options);
        });
        return services;
    }
}
