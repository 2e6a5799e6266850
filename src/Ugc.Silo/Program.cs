using Ugc.Silo.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddUgcHost();

var app = builder.Build();
app.MapUgcEndpoints();
app.Run();

/// <summary>The host's entry point, public for <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
