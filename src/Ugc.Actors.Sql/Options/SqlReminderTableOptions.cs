namespace Ugc.Actors.Sql.Options;

/// <summary>Options of the SQL reminder table.</summary>
public sealed class SqlReminderTableOptions : SqlServiceScopedOptions
{
    /// <summary>The configuration section the options bind from.</summary>
    public const string SectionName = "Ugc:Reminders:Sql";
}
