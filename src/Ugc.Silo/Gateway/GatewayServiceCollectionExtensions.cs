using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Ugc.Silo.Gateway;

/// <summary>Registers the gateway's key resolution and its cache, the display answer cache, rate limits and size limits.</summary>
public static class GatewayServiceCollectionExtensions
{
    public static IServiceCollection AddUgcGateway(this IServiceCollection services, Action<GatewayOptions>? configure = null)
    {
        var options = services.AddOptions<GatewayOptions>().BindConfiguration(GatewayOptions.SectionName)
            .Validate(o => o.KeyPermitLimit > 0 && o.IpPermitLimit > 0 && o.RateLimitWindow > TimeSpan.Zero, "Rate limits must be positive.")
            .Validate(o => o.MaxBodyBytes > 0 && o.CacheSeconds >= 0, "MaxBodyBytes must be positive and CacheSeconds not negative.")
            .Validate(o => o.ResponseCacheEntries > 0 && o.ResponseCacheBytes > 0, "ResponseCacheEntries and ResponseCacheBytes must be positive.")
            .Validate(o => o.KeyCacheSeconds >= 0 && o.KeyCacheEntries > 0, "KeyCacheSeconds must not be negative and KeyCacheEntries must be positive.")
            .ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.AddSingleton<ClientKeyResolver>();
        services.AddSingleton<Content.DisplayCache>();
        services.AddSingleton<GatewayRateLimiter>();
        services.AddSingleton<IConfigureOptions<FormOptions>>(sp => new ConfigureOptions<FormOptions>(form =>
        {
            var max = sp.GetRequiredService<IOptions<GatewayOptions>>().Value.MaxBodyBytes;
            form.ValueLengthLimit = (int)Math.Min(max, int.MaxValue);
            form.MultipartBodyLengthLimit = max;
            form.ValueCountLimit = 1024;
        }));
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        return services;
    }
}
