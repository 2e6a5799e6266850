using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Ugc.Grains.Solicitation;

namespace Ugc.Grains.Hosting;

/// <summary>Registers review solicitation on a silo: options, keys, data protection, links and templates.</summary>
public static class SolicitationSiloBuilderExtensions
{
    /// <summary>
    /// Adds the services the solicitation grains use. <see cref="SolicitationOptions.Key"/> must be set (by
    /// configuration or <paramref name="configure"/>); channels are <see cref="Notifications.INotificationSender"/>s the host adds.
    /// </summary>
    public static ISiloBuilder AddUgcSolicitation(this ISiloBuilder builder, Action<SolicitationOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Services.AddOptions<SolicitationOptions>().BindConfiguration(SolicitationOptions.SectionName);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SolicitationOptions>, SolicitationOptionsValidator>());
        options.ValidateOnStart();
        builder.Services.TryAddSingleton(sp => SolicitationKeys.FromBase64(
            sp.GetRequiredService<IOptions<SolicitationOptions>>().Value.Key ?? throw new InvalidOperationException("Ugc:Solicitation:Key is not set.")));
        builder.Services.TryAddSingleton<PersonalDataProtector>();
        builder.Services.TryAddSingleton<SolicitationLinks>();
        builder.Services.TryAddSingleton<SolicitationTemplates>();
        return builder;
    }
}
