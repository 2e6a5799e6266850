using Ugc.Contracts.Solicitation;

namespace Ugc.Grains.Solicitation;

/// <summary>
/// When an order's message is due: the purchase plus the client's delay, moved into the send window of the shopper's
/// local time (the transaction's time zone, else the purchase time's offset, else the client's zone). A due time already
/// past is now, unless it passed more than the client's lateness allows: then the order is stale.
/// </summary>
public static class SendTimeCalculator
{
    /// <summary>The send time, or null when the order is stale.</summary>
    public static DateTimeOffset? Due(TransactionRecord transaction, SolicitationSettings settings, DateTimeOffset now)
    {
        var target = transaction.PurchasedAt.AddDays(settings.DelayDays);
        if (target < now)
        {
            if (now - target > TimeSpan.FromDays(settings.MaxLatenessDays))
            {
                return null;
            }

            target = now;
        }

        return IntoWindow(target, Zone(transaction, settings), settings.WindowStartHour, settings.WindowEndHour);
    }

    /// <summary>The first instant at or after <paramref name="time"/> whose local hour lies in [start, end).</summary>
    public static DateTimeOffset IntoWindow(DateTimeOffset time, ShopperZone zone, int startHour, int endHour)
    {
        var local = zone.ToLocal(time);
        if (local.Hour >= startHour && local.Hour < endHour)
        {
            return time.ToUniversalTime();
        }

        var day = local.Hour < startHour ? local.Date : local.Date.AddDays(1);
        return zone.FromLocal(day.AddHours(startHour));
    }

    /// <summary>The shopper's zone by the rule above.</summary>
    public static ShopperZone Zone(TransactionRecord transaction, SolicitationSettings settings)
    {
        if (ShopperZone.TryFind(transaction.TimeZone, out var named))
        {
            return named;
        }

        if (transaction.PurchasedAt.Offset != TimeSpan.Zero)
        {
            return ShopperZone.Fixed(transaction.PurchasedAt.Offset);
        }

        return ShopperZone.TryFind(settings.TimeZone, out var client) ? client : ShopperZone.Fixed(TimeSpan.Zero);
    }
}
