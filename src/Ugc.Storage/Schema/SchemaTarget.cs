namespace Ugc.Storage.Schema;

/// <summary>
/// A database the silo applies scripts to at start: registered once per registration that needs one
/// (<c>AddUgcStorage</c>, <c>UseUgcPostgresClustering</c>); targets on the same database are merged.
/// </summary>
/// <param name="Dialect">The database kind.</param>
/// <param name="Database">The Npgsql connection string, or the SQLite file's full path.</param>
/// <param name="Features">The feature scripts to apply.</param>
internal sealed record SchemaTarget(SchemaDialect Dialect, string Database, SchemaFeature Features);
