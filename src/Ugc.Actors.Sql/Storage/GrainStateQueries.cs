namespace Ugc.Actors.Sql.Storage;

/// <summary>The grain state statements; the same text runs on PostgreSQL and SQLite.</summary>
internal static class GrainStateQueries
{
    private const string Key = "service_id = @service_id AND grain_type = @grain_type AND grain_key = @grain_key AND state_name = @state_name";

    public const string Read = "SELECT payload, version FROM ugc_grain_state WHERE " + Key;

    /// <summary>First write: inserts, or revives a cleared tombstone; a live row means someone else wrote first.</summary>
    public const string Insert = """
        INSERT INTO ugc_grain_state (service_id, grain_type, grain_key, state_name, payload, version, modified_at)
        VALUES (@service_id, @grain_type, @grain_key, @state_name, @payload, 1, @now)
        ON CONFLICT (service_id, grain_type, grain_key, state_name) DO UPDATE
        SET payload = excluded.payload, version = ugc_grain_state.version + 1, modified_at = excluded.modified_at
        WHERE ugc_grain_state.payload IS NULL
        RETURNING version
        """;

    public const string Update = """
        UPDATE ugc_grain_state SET payload = @payload, version = version + 1, modified_at = @now
        WHERE service_id = @service_id AND grain_type = @grain_type AND grain_key = @grain_key AND state_name = @state_name
          AND version = @version AND payload IS NOT NULL
        RETURNING version
        """;

    /// <summary>Clears to a tombstone: the version keeps counting, so no ETag handed out before can match again.</summary>
    public const string Clear = """
        UPDATE ugc_grain_state SET payload = NULL, version = version + 1, modified_at = @now
        WHERE service_id = @service_id AND grain_type = @grain_type AND grain_key = @grain_key AND state_name = @state_name
          AND version = @version AND payload IS NOT NULL
        RETURNING version
        """;
}
