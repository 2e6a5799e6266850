using Ugc.Silo.Operators;

namespace Ugc.Silo.Admin;

/// <summary>The admin API group: the admin policy once on <c>/admin</c>, then each feature's routes.</summary>
public static class AdminEndpoints
{
    public static RouteGroupBuilder MapAdminEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/admin").RequireAuthorization(UgcAuthentication.AdminPolicy).WithTags("Admin API").DisableAntiforgery();
        group.MapClientEndpoints();
        group.MapCatalogEndpoints();
        group.MapModerationEndpoints();
        group.MapModelEndpoints();
        return group;
    }

    public static IServiceCollection AddUgcAdmin(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddExceptionHandler<UgcExceptionHandler>();
        services.AddOpenApi();
        return services;
    }
}
