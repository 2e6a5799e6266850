namespace Ugc.Silo.Gateway;

/// <summary>
/// Reads the cluster's operator token hash once the silo has started (registered after <c>UseOrleans</c>, so the
/// silo is active when this runs), retrying while storage does not answer.
/// </summary>
public sealed partial class OperatorTokenLoader(OperatorToken token, IGrainFactory grains, ILogger<OperatorTokenLoader> logger) : IHostedService
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        while (!token.IsLoaded)
        {
            try
            {
                await token.LoadAsync(grains);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogLoadFailed(logger, ex);
                await Task.Delay(RetryDelay, cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 5201, Level = LogLevel.Warning, Message = "Reading the operator token hash from grain storage failed; retrying")]
    private static partial void LogLoadFailed(ILogger logger, Exception exception);
}
