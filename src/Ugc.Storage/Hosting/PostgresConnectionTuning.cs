using System.Data.Common;
using Npgsql;

namespace Ugc.Storage.Hosting;

/// <summary>
/// Npgsql settings for how Orleans' ADO.NET providers use PostgreSQL: every operation opens a pooled connection, runs
/// one of a few fixed statements and closes it again. With Npgsql's defaults each return to the pool costs a
/// <c>DISCARD ALL</c> and each statement is parsed and planned anew; measured on a loaded silo that was two thirds of
/// PostgreSQL's CPU per submission. Our statements set no session state (the schema lock is transaction-scoped), so
/// the reset buys nothing, and they are few, so preparing them once per connection is cheap. A setting the operator
/// gives in the connection string wins.
/// </summary>
internal static class PostgresConnectionTuning
{
    /// <summary>Statements each physical connection keeps prepared: more than the providers' distinct queries.</summary>
    public const int MaxAutoPrepare = 64;

    /// <summary>The connection string with the defaults above, where it does not set them itself.</summary>
    public static string Apply(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var tuned = new NpgsqlConnectionStringBuilder(connectionString);
        if (!given.ContainsKey("No Reset On Close") && !given.ContainsKey("NoResetOnClose"))
        {
            tuned.NoResetOnClose = true;
        }

        if (!given.ContainsKey("Max Auto Prepare") && !given.ContainsKey("MaxAutoPrepare"))
        {
            tuned.MaxAutoPrepare = MaxAutoPrepare;
        }

        return tuned.ConnectionString;
    }
}
