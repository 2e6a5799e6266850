using Microsoft.Extensions.Logging;

namespace Ugc.Actors.Sql;

/// <summary>Source-generated log messages of the SQL providers; event ids 5100-5199.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 5100, Level = LogLevel.Information, Message = "Ensured the {Dialect} schema of database {Database}")]
    public static partial void SchemaEnsured(ILogger logger, Dialects.SqlDialect dialect, string database);

    [LoggerMessage(EventId = 5101, Level = LogLevel.Debug,
        Message = "Grain state write conflict in provider {Provider} for {GrainId} state {StateName}: stored ETag {StoredEtag}, write ETag {WriteEtag}")]
    public static partial void StateConflict(ILogger logger, string provider, GrainId grainId, string stateName, string? storedEtag, string? writeEtag);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Warning,
        Message = "Dead-lettered message {SequenceId} of queue {QueueId} of stream provider {Provider} after {Attempts} attempts: {LastError}")]
    public static partial void DeadLettered(ILogger logger, string provider, int queueId, long sequenceId, int attempts, string lastError);
}
