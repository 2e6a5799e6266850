namespace Ugc.Actors.Reminders;

/// <summary>Reminder service options; bound from <c>Ugc:Reminders</c>.</summary>
public sealed class ReminderOptions
{
    public const string SectionName = "Ugc:Reminders";

    /// <summary>The shortest period a reminder may have (reminders are for minutes and hours; timers are for seconds).</summary>
    /// <value>The default is 1 min; tests lower it to seconds.</value>
    public TimeSpan MinimumReminderPeriod { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often each silo re-reads the table to pick up reminders it now owns.</summary>
    /// <value>The default is 5 min (and at every membership change).</value>
    public TimeSpan RefreshPeriod { get; set; } = TimeSpan.FromMinutes(5);
}
