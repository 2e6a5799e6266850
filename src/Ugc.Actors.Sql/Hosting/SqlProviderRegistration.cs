using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Ugc.Actors.Sql.Dialects;
using Ugc.Actors.Sql.Options;

namespace Ugc.Actors.Sql.Hosting;

/// <summary>What every SQL provider registration shares: the database registry, the clock, and (named) options.</summary>
internal static class SqlProviderRegistration
{
    /// <summary>
    /// Registers options named <paramref name="name"/>, bound from <paramref name="sectionPath"/> when the container has
    /// configuration (a plain service collection in a test may not), then <paramref name="configure"/>, validated at start.
    /// </summary>
    public static void AddProviderOptions<TOptions>(IServiceCollection services, string name, string sectionPath, Action<TOptions>? configure)
        where TOptions : SqlProviderOptions
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SqlDatabaseRegistry>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, SqlProviderOptionsValidator<TOptions>>());

        var builder = services.AddOptions<TOptions>(name);
        builder.Configure<IServiceProvider>((options, provider) => provider.GetService<IConfiguration>()?.GetSection(sectionPath).Bind(options));
        if (configure is not null)
        {
            builder.Configure(configure);
        }

        builder.ValidateOnStart();
    }

    /// <summary>The validated named options and their database.</summary>
    public static (TOptions Options, SqlDatabase Database) Resolve<TOptions>(IServiceProvider provider, string name, SqlDialect dialect)
        where TOptions : SqlProviderOptions
    {
        var options = provider.GetRequiredService<IOptionsMonitor<TOptions>>().Get(name);
        return (options, provider.GetRequiredService<SqlDatabaseRegistry>().Get(dialect, options.ConnectionString));
    }
}
