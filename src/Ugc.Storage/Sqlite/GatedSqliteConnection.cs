using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Ugc.Storage.Sqlite;

/// <summary>A <see cref="SqliteConnection"/> whose commands, created through <see cref="DbConnection"/>, pass the file's gate.</summary>
internal sealed class GatedSqliteConnection(string connectionString, UgcSqliteDataSource dataSource) : SqliteConnection(connectionString)
{
    protected override DbCommand CreateDbCommand() => new GatedSqliteCommand(base.CreateCommand(), dataSource);
}
