using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Ugc.Actors.Hosting;

namespace Ugc.Actors.Reminders;

/// <summary>Reminder calls from grains, as Orleans spells them, and the silo registration.</summary>
public static class ReminderExtensions
{
    /// <summary>Registers (or moves) a durable reminder of this grain; the grain must implement <see cref="IRemindable"/>.</summary>
    public static Task<IGrainReminder> RegisterOrUpdateReminder(this Grain grain, string reminderName, TimeSpan dueTime, TimeSpan period) =>
        Service(grain).RegisterOrUpdateAsync(grain.GrainId, reminderName, dueTime, period);

    /// <summary>Removes a reminder of this grain.</summary>
    public static Task UnregisterReminder(this Grain grain, IGrainReminder reminder) => Service(grain).UnregisterAsync(grain.GrainId, reminder.ReminderName);

    /// <summary>A reminder of this grain by name, or null.</summary>
    public static async Task<IGrainReminder?> GetReminder(this Grain grain, string reminderName) =>
        (await Service(grain).GetAsync(grain.GrainId)).FirstOrDefault(r => r.ReminderName == reminderName);

    /// <summary>Every reminder of this grain.</summary>
    public static Task<IReadOnlyList<IGrainReminder>> GetReminders(this Grain grain) => Service(grain).GetAsync(grain.GrainId);

    /// <summary>Enables durable reminders over the registered <see cref="IReminderTable"/> (in memory if none is).</summary>
    public static ISiloBuilder AddReminders(this ISiloBuilder builder, Action<ReminderOptions>? configure = null)
    {
        builder.Services.AddOptions<ReminderOptions>().BindConfiguration(ReminderOptions.SectionName)
            .Validate(o => o.MinimumReminderPeriod > TimeSpan.Zero && o.RefreshPeriod > TimeSpan.Zero, "Reminder periods must be positive.");
        if (configure is not null)
        {
            builder.Services.Configure(configure);
        }

        builder.Services.TryAddSingleton<IReminderTable, MemoryReminderTable>();
        builder.Services.AddSingleton<ReminderService>();
        builder.Services.AddSingleton<ISiloLifecycleParticipant>(sp => sp.GetRequiredService<ReminderService>());
        return builder;
    }

    private static ReminderService Service(Grain grain)
    {
        if (grain is not IRemindable)
        {
            throw new InvalidOperationException($"{grain.GetType().Name} must implement IRemindable to register reminders.");
        }

        return grain.Activation.Runtime.Services.GetService<ReminderService>()
            ?? throw new InvalidOperationException("Reminders are not enabled on this silo: call AddReminders when configuring it.");
    }
}
