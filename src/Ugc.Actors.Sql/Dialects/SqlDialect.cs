namespace Ugc.Actors.Sql.Dialects;

/// <summary>The database engines the providers speak.</summary>
public enum SqlDialect
{
    Postgres = 1,
    Sqlite = 2,
}
