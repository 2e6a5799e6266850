using Orleans.Dashboard;
using Ugc.Grains.Hosting;
using Ugc.Silo.Admin;
using Ugc.Silo.Content;
using Ugc.Silo.Dashboard;
using Ugc.Silo.Gateway;
using Ugc.Silo.Operations;
using Ugc.Silo.Submissions;

namespace Ugc.Silo.Hosting;

/// <summary>Registers the whole host: the Orleans silo with its storage, the gateway, the admin API and operations.</summary>
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
        var services = builder.Services;
        services.AddSingleton(options);
        builder.UseOrleans(silo =>
        {
            silo.AddUgcClustering(options);
            silo.AddOutgoingGrainCallFilter<TransientCallRetryFilter>();
            silo.AddUgcDomain().AddUgcStorage(options);

            // The Orleans Dashboard's live log stream shows every silo's log lines: off unless an operator turns it on.
            silo.AddDashboard(o => o.HideTrace = !builder.Configuration.GetValue<bool>("Ugc:Dashboard:OrleansTrace"));
        });
        services.AddUgcGateway();
        services.AddSingleton<ContentReader>();
        services.AddSingleton<SubmissionPipeline>();
        services.AddUgcAdmin();
        services.AddUgcOperations();
        services.AddHostedService<OperatorTokenLoader>();
        services.AddHostedService<StartupBanner>();
        services.AddHostedService<DemoSeeder>();
        services.AddSingleton<IOperatorTokenValidator>(sp => new DelegatingOperatorTokenValidator(sp.GetRequiredService<OperatorToken>().Verify));
        services.AddSingleton<IClientDirectory, GrainClientDirectory>();
        services.AddDashboard();
        return builder;
    }

    /// <summary>Maps every surface: content API, submissions, events, admin, operations, OpenAPI.</summary>
    public static WebApplication MapUgcEndpoints(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();

        // The Orleans Dashboard maps plain request delegates, which endpoint filters do not reach: gate its path here.
        app.UseWhen(http => http.Request.Path.StartsWithSegments(OrleansDashboardPath), gated => gated.Use(async (http, next) =>
        {
            if (DashboardAuthFilter.Authenticate(http) == DashboardCaller.None)
            {
                var wantsHtml = http.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
                http.Response.StatusCode = wantsHtml ? StatusCodes.Status302Found : StatusCodes.Status401Unauthorized;
                if (wantsHtml)
                {
                    http.Response.Headers.Location = http.Request.PathBase + DashboardAuthFilter.LoginPath;
                }

                return;
            }

            await next(http);
        }));
        app.MapDisplayEndpoints();
        app.MapSubmissionEndpoints();
        app.MapEventEndpoints();
        app.MapAdminEndpoints();
        app.MapOperationsEndpoints();
        app.MapDashboard();
        app.MapOrleansDashboard(routePrefix: OrleansDashboardPath);
        app.MapOpenApi();
        return app;
    }
}
