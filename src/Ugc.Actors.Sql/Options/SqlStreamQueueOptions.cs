namespace Ugc.Actors.Sql.Options;

/// <summary>Options of the SQL stream queue storage.</summary>
/// <remarks>Named per provider: <c>AddSqliteStreamQueues(name)</c> binds <c>Ugc:Streams:Sql:{name}</c>.</remarks>
public sealed class SqlStreamQueueOptions : SqlServiceScopedOptions
{
    /// <summary>The configuration section the options bind from.</summary>
    public const string SectionName = "Ugc:Streams:Sql";
}
