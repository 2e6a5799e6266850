namespace Ugc.Actors.Sql.Options;

/// <summary>Options of the SQL grain state storage.</summary>
/// <remarks>Named per provider: <c>AddSqliteGrainStorage(name)</c> binds <c>Ugc:Persistence:Sql:{name}</c>.</remarks>
public sealed class SqlStorageOptions : SqlServiceScopedOptions
{
    /// <summary>The configuration section the options bind from.</summary>
    public const string SectionName = "Ugc:Persistence:Sql";
}
