using Orleans.Dashboard;
using Ugc.Grains.Hosting;
using Ugc.Silo.Admin;
using Ugc.Silo.Content;
using Ugc.Silo.Dashboard;
using Ugc.Silo.Gateway;
using Ugc.Silo.Operations;
using Ugc.Silo.Operators;
using Ugc.Silo.Submissions;

namespace Ugc.Silo.Hosting;

/// <summary>Registers the whole host: the Orleans silo with its storage, the gateway, the admin API, the consoles and operations.</summary>
public static class UgcHostExtensions
{
    /// <summary>Where the Orleans Dashboard (the runtime: silos, grains, methods, reminders) is served.</summary>
    public const string OrleansDashboardPath = "/dashboard/orleans";

    public static WebApplicationBuilder AddUgcHost(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(UgcHostOptions.DefaultUrl);
        }

        var options = UgcHostOptions.From(builder.Configuration);
        var telemetry = TelemetryOptions.From(builder.Configuration);
        var services = builder.Services;
        services.AddSingleton(options);
        builder.UseOrleans(silo =>
        {
            silo.AddUgcClustering(options);
            silo.AddOutgoingGrainCallFilter<TransientCallRetryFilter>();
            silo.AddUgcDomain().AddUgcStorage(options);

            // The Orleans Dashboard's live log stream shows every silo's log lines: off unless an operator turns it on.
            silo.AddDashboard(o => o.HideTrace = !builder.Configuration.GetValue<bool>("Ugc:Dashboard:OrleansTrace"));
            if (telemetry.TracingEnabled)
            {
                // Carries the request's trace context into grain calls, and from silo to silo.
                silo.AddActivityPropagation();
            }
        });

        // Registered after the silo, so their start runs once grains answer.
        services.AddUgcAuthentication();
        services.AddUgcTelemetry(telemetry);
        services.AddUgcGateway();
        services.AddSingleton<ContentReader>();
        services.AddUgcAdmin();
        services.AddUgcOperations();
        services.AddHostedService<StartupBanner>();
        services.AddHostedService<DemoSeeder>();
        services.AddSingleton<IClientDirectory, GrainClientDirectory>();
        services.AddDashboard();
        return builder;
    }

    /// <summary>Maps every surface: content API, submissions, events, admin, the consoles, operations, OpenAPI.</summary>
    public static WebApplication MapUgcEndpoints(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapDisplayEndpoints();
        app.MapSubmissionEndpoints();
        app.MapEventEndpoints();
        app.MapAdminEndpoints();
        app.MapOperationsEndpoints();
        app.MapDashboard();

        // Every route of the Orleans Dashboard — page, scripts, fonts, JSON and the live log stream — behind the policy.
        app.MapOrleansDashboard(routePrefix: OrleansDashboardPath).RequireAuthorization(UgcAuthentication.OperatorPolicy);
        app.MapOpenApi();
        return app;
    }
}
