using Microsoft.Extensions.Logging;

namespace Ugc.Storage;

/// <summary>Source-generated log messages of Ugc.Storage; event ids 7000-7099.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 7000, Level = LogLevel.Information,
        Message = "Applied the {Dialect} schema ({Features}) to {Database} in {ElapsedMs} ms")]
    public static partial void SchemaApplied(ILogger logger, Schema.SchemaDialect dialect, Schema.SchemaFeature features, string database, long elapsedMs);

    [LoggerMessage(EventId = 7001, Level = LogLevel.Error, Message = "Could not apply the {Dialect} schema ({Features}) to {Database}")]
    public static partial void SchemaFailed(ILogger logger, Exception exception, Schema.SchemaDialect dialect, Schema.SchemaFeature features, string database);

    [LoggerMessage(EventId = 7010, Level = LogLevel.Information,
        Message = "Replayed dead letter {MessageId} of stream provider {Provider} onto queue {QueueId}")]
    public static partial void DeadLetterReplayed(ILogger logger, string provider, string queueId, long messageId);

    [LoggerMessage(EventId = 7011, Level = LogLevel.Information, Message = "No dead letter {Id} of stream provider {Provider} to replay")]
    public static partial void DeadLetterNotFound(ILogger logger, string provider, string id);

    [LoggerMessage(EventId = 7012, Level = LogLevel.Warning,
        Message = "Could not decode the payload of stream message {MessageId} of provider {Provider}; its stream and event type are left out")]
    public static partial void PayloadNotDecoded(ILogger logger, Exception exception, string provider, long messageId);

    [LoggerMessage(EventId = 7020, Level = LogLevel.Warning,
        Message = "Recording a failed delivery on {Provider} stream {Stream} failed (attempt {Attempt}); retrying in {Delay}")]
    public static partial void FailedDeliveryNotRecorded(ILogger logger, Exception exception, string provider, Orleans.Runtime.StreamId stream, int attempt, TimeSpan delay);

    [LoggerMessage(EventId = 7021, Level = LogLevel.Information, Message = "Recorded a failed delivery on {Provider} stream {Stream} at attempt {Attempt}")]
    public static partial void FailedDeliveryRecorded(ILogger logger, string provider, Orleans.Runtime.StreamId stream, int attempt);
}
