namespace Ugc.Actors.Sql.Membership;

/// <summary>The membership statements; the same text runs on PostgreSQL and SQLite.</summary>
internal static class MembershipQueries
{
    private const string Row = "cluster_id = @cluster_id AND host = @host AND port = @port AND generation = @generation";

    public const string InsertVersionRow =
        "INSERT INTO ugc_membership_version (cluster_id, version) VALUES (@cluster_id, 0) ON CONFLICT (cluster_id) DO NOTHING";

    /// <summary>One statement, so the version and the rows come from one snapshot.</summary>
    public const string ReadAll = """
        SELECT v.version, m.host, m.port, m.generation, m.silo_name, m.status, m.start_time, m.i_am_alive_time, m.suspicions, m.etag
        FROM ugc_membership_version AS v LEFT JOIN ugc_membership AS m ON m.cluster_id = v.cluster_id
        WHERE v.cluster_id = @cluster_id
        """;

    /// <summary>The optimistic check and the lock in one: concurrent writers queue on the version row.</summary>
    public const string BumpVersion =
        "UPDATE ugc_membership_version SET version = version + 1 WHERE cluster_id = @cluster_id AND version = @expected_version";

    public const string InsertRow = """
        INSERT INTO ugc_membership
            (cluster_id, host, port, generation, silo_name, status, start_time, i_am_alive_time, suspicions, etag)
        VALUES (@cluster_id, @host, @port, @generation, @silo_name, @status, @start_time, @i_am_alive_time, @suspicions, 1)
        ON CONFLICT (cluster_id, host, port, generation) DO NOTHING
        """;

    public const string UpdateRow = $"""
        UPDATE ugc_membership
        SET silo_name = @silo_name, status = @status, start_time = @start_time, i_am_alive_time = @i_am_alive_time,
            suspicions = @suspicions, etag = etag + 1
        WHERE {Row} AND etag = @etag
        """;

    public const string UpdateIAmAlive = "UPDATE ugc_membership SET i_am_alive_time = @i_am_alive_time WHERE " + Row;

    public const string DeleteDefunct =
        "DELETE FROM ugc_membership WHERE cluster_id = @cluster_id AND status = @dead AND i_am_alive_time < @before";
}
