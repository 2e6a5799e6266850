namespace Ugc.Actors.Sql.Options;

/// <summary>What every SQL provider needs: where the database is.</summary>
public abstract class SqlProviderOptions
{
    /// <summary>
    /// The ADO.NET connection string: an Npgsql one for PostgreSQL, a Microsoft.Data.Sqlite one (<c>Data Source=file.db</c>)
    /// for SQLite. For SQLite, <c>Default Timeout</c> (seconds) is also how long a writer waits for the file lock.
    /// </summary>
    /// <value>Required; there is no default.</value>
    public string ConnectionString { get; set; } = "";

    /// <summary>The problems that make these options unusable; empty when they are valid.</summary>
    public virtual IEnumerable<string> Validate()
    {
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return $"{GetType().Name}.{nameof(ConnectionString)} is required.";
        }
    }
}
