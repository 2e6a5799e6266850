using Ugc.Actors.Hosting;
using Ugc.Grains.Hosting;
using Ugc.Silo.Admin;
using Ugc.Silo.Content;
using Ugc.Silo.Dashboard;
using Ugc.Silo.Gateway;
using Ugc.Silo.Operations;
using Ugc.Silo.Submissions;

namespace Ugc.Silo.Hosting;

/// <summary>Registers the whole host: the silo with its storage, the gateway, the admin API and operations.</summary>
public static class UgcHostExtensions
{
    public static WebApplicationBuilder AddUgcHost(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(UgcHostOptions.DefaultUrl);
        }

        var options = UgcHostOptions.From(builder.Configuration);
        var services = builder.Services;
        services.AddSingleton(options);
        services.AddActorSilo(silo => silo.AddUgcDomain().AddUgcStorage(options));
        services.AddUgcGateway();
        services.AddSingleton<ContentReader>();
        services.AddSingleton<SubmissionPipeline>();
        services.AddUgcAdmin();
        services.AddUgcOperations();
        services.AddHostedService<StartupBanner>();
        services.AddHostedService<DemoSeeder>();
        services.AddSingleton<Dashboard.IOperatorTokenValidator>(sp =>
            new Dashboard.DelegatingOperatorTokenValidator(sp.GetRequiredService<Gateway.OperatorToken>().Verify));
        services.AddSingleton<IClientDirectory, GrainClientDirectory>();
        services.AddDashboard();
        return builder;
    }

    /// <summary>Maps every surface: content API, submissions, events, admin, operations, OpenAPI.</summary>
    public static WebApplication MapUgcEndpoints(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapDisplayEndpoints();
        app.MapSubmissionEndpoints();
        app.MapEventEndpoints();
        app.MapAdminEndpoints();
        app.MapOperationsEndpoints();
        app.MapDashboard();
        app.MapOpenApi();
        return app;
    }
}
