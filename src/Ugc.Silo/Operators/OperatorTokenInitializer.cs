namespace Ugc.Silo.Operators;

/// <summary>Loads the operator token's hash at start: registered after the silo, so grains answer; before Kestrel, so no request waits.</summary>
public sealed class OperatorTokenInitializer(OperatorToken token) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => token.InitializeAsync().WaitAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
