namespace Ugc.Storage.Schema;

/// <summary>The databases our scripts are written for.</summary>
internal enum SchemaDialect
{
    Postgres,
    Sqlite,
}
