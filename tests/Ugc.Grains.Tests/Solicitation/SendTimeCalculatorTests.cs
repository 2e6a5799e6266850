using Ugc.Contracts.Solicitation;
using Ugc.Grains.Solicitation;

namespace Ugc.Grains.Tests.Solicitation;

public sealed class SendTimeCalculatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 4, 8, 0, 0, TimeSpan.Zero);
    private static readonly SolicitationSettings Settings = new(Enabled: true, DelayDays: 3, WindowStartHour: 9, WindowEndHour: 20);

    private static TransactionRecord Order(DateTimeOffset purchased, string? zone = null) =>
        new("o-1", "a@shop.example", "A", null, purchased, [new("p")], TimeZone: zone);

    [Fact]
    public void A_due_time_inside_the_window_stays()
    {
        Assert.Equal(new DateTimeOffset(2026, 5, 7, 10, 30, 0, TimeSpan.Zero), SendTimeCalculator.Due(Order(new(2026, 5, 4, 10, 30, 0, TimeSpan.Zero)), Settings, Now));
    }

    [Fact]
    public void A_due_time_after_the_window_moves_to_the_next_mornings_opening()
    {
        Assert.Equal(new DateTimeOffset(2026, 5, 8, 9, 0, 0, TimeSpan.Zero), SendTimeCalculator.Due(Order(new(2026, 5, 4, 21, 15, 0, TimeSpan.Zero)), Settings, Now));
    }

    [Fact]
    public void The_window_is_in_the_shoppers_time_zone_with_daylight_saving()
    {
        // 05:00 UTC is 07:00 in Berlin in May (CEST): before the window, so 09:00 local, 07:00 UTC.
        var due = SendTimeCalculator.Due(Order(new(2026, 5, 4, 5, 0, 0, TimeSpan.Zero), "Europe/Berlin"), Settings, Now);
        Assert.Equal(new DateTimeOffset(2026, 5, 7, 7, 0, 0, TimeSpan.Zero), due);
    }

    [Fact]
    public void The_purchase_offset_is_the_shoppers_local_time_when_no_zone_is_named()
    {
        var due = SendTimeCalculator.Due(Order(new(2026, 5, 4, 22, 0, 0, TimeSpan.FromHours(-5))), Settings, Now);
        Assert.Equal(new DateTimeOffset(2026, 5, 8, 9, 0, 0, TimeSpan.FromHours(-5)), due);
    }

    [Fact]
    public void A_late_feed_is_sent_now_within_the_lateness_and_stale_beyond_it()
    {
        Assert.Equal(Now.AddHours(1), SendTimeCalculator.Due(Order(Now.AddDays(-5)), Settings, Now));
        Assert.Null(SendTimeCalculator.Due(Order(Now.AddDays(-7)), Settings with { MaxLatenessDays = 3 }, Now));
    }

    [Fact]
    public void A_time_skipped_by_the_spring_change_moves_on_an_hour()
    {
        var zone = ShopperZone.Parse("Europe/Berlin");
        var due = SendTimeCalculator.IntoWindow(new DateTimeOffset(2026, 3, 28, 23, 0, 0, TimeSpan.Zero), zone, 2, 20);
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 0, 0, TimeSpan.Zero), due);
    }

    [Fact]
    public void A_zone_reads_back_from_its_id()
    {
        Assert.Equal("+02:00", ShopperZone.Fixed(TimeSpan.FromHours(2)).Id);
        Assert.Equal("-05:30", ShopperZone.Parse("-05:30").Id);
        Assert.Equal("Europe/Berlin", ShopperZone.Parse("Europe/Berlin").Id);
    }
}
