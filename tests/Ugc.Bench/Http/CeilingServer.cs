using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;

namespace Ugc.Bench.Http;

/// <summary>
/// The ceiling of the read benchmarks: bare Kestrel answering every request with the same precomputed bytes (a real
/// response body of the host), so it measures what the web server alone costs on this machine.
/// Started as a child process: <c>serve-ceiling PORT BODY-FILE</c>.
/// </summary>
internal static class CeilingServer
{
    public const string Mode = "serve-ceiling";

    public static async Task RunAsync(string[] args)
    {
        var port = int.Parse(args[0], CultureInfo.InvariantCulture);
        var body = await File.ReadAllBytesAsync(args[1]);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(o => o.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        app.Run(async context =>
        {
            if (context.Request.ContentLength > 0)
            {
                await context.Request.Body.CopyToAsync(Stream.Null);
            }

            context.Response.ContentType = "application/json; charset=utf-8";
            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body);
        });
        await app.StartAsync();
        Console.WriteLine(ChildServer.ReadyLine);
        await app.WaitForShutdownAsync();
    }
}
