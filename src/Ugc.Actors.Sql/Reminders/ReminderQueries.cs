namespace Ugc.Actors.Sql.Reminders;

/// <summary>The reminder statements; the same text runs on PostgreSQL and SQLite.</summary>
internal static class ReminderQueries
{
    private const string Columns = "SELECT grain_type, grain_key, reminder_name, start_at, period_us, version FROM ugc_reminders";

    public const string ReadAll = Columns + " WHERE service_id = @service_id";

    public const string ReadGrain = ReadAll + " AND grain_type = @grain_type AND grain_key = @grain_key";

    public const string ReadOne = ReadGrain + " AND reminder_name = @reminder_name";

    /// <summary>
    /// A new row starts at a random version rather than 1: a reminder removed and created again must not get back an
    /// ETag handed out before, or a stale remove would delete its successor.
    /// </summary>
    public const string Upsert = """
        INSERT INTO ugc_reminders (service_id, grain_type, grain_key, reminder_name, start_at, period_us, version)
        VALUES (@service_id, @grain_type, @grain_key, @reminder_name, @start_at, @period_us, @initial_version)
        ON CONFLICT (service_id, grain_type, grain_key, reminder_name) DO UPDATE
        SET start_at = excluded.start_at, period_us = excluded.period_us, version = ugc_reminders.version + 1
        RETURNING version
        """;

    public const string Delete = """
        DELETE FROM ugc_reminders
        WHERE service_id = @service_id AND grain_type = @grain_type AND grain_key = @grain_key AND reminder_name = @reminder_name
          AND version = @version
        """;
}
