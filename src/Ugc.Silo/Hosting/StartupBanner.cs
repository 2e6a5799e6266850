using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Ugc.Silo.Operators;

namespace Ugc.Silo.Hosting;

/// <summary>Prints the gateway URL, the dashboard URL and a newly generated operator token, one line each, once started.</summary>
public sealed class StartupBanner(IHostApplicationLifetime lifetime, IServer server, OperatorToken token) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() =>
        {
            var url = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()?.TrimEnd('/') ?? UgcHostOptions.DefaultUrl;
            Console.WriteLine($"Gateway:   {url}/data/reviews.json");
            Console.WriteLine($"Dashboard: {url}/dashboard");
            if (token.Generated is { } generated)
            {
                Console.WriteLine($"Operator token (shown once, stored hashed): {generated}");
                token.ForgetGenerated();
            }
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
