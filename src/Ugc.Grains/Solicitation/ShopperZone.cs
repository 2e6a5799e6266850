namespace Ugc.Grains.Solicitation;

/// <summary>A shopper's local time: an IANA zone (with its daylight saving) or a fixed offset.</summary>
public sealed class ShopperZone
{
    private readonly TimeZoneInfo? _zone;
    private readonly TimeSpan _offset;

    private ShopperZone(TimeZoneInfo? zone, TimeSpan offset)
    {
        _zone = zone;
        _offset = offset;
    }

    /// <summary>The IANA id, or the fixed offset as <c>+02:00</c>: what <see cref="Parse"/> reads back.</summary>
    public string Id => _zone?.Id ?? (_offset < TimeSpan.Zero ? "-" : "+") + _offset.ToString(@"hh\:mm", System.Globalization.CultureInfo.InvariantCulture);

    public static ShopperZone Fixed(TimeSpan offset) => new(null, offset);

    /// <summary>A zone from its <see cref="Id"/>; UTC when it reads as neither.</summary>
    public static ShopperZone Parse(string? id)
    {
        if (id is { Length: 6 } && (id[0] is '+' or '-') && TimeSpan.TryParseExact(id[1..], @"hh\:mm", System.Globalization.CultureInfo.InvariantCulture, out var offset))
        {
            return Fixed(id[0] == '-' ? -offset : offset);
        }

        return TryFind(id, out var zone) ? zone : Fixed(TimeSpan.Zero);
    }

    public static bool TryFind(string? id, out ShopperZone zone)
    {
        zone = Fixed(TimeSpan.Zero);
        if (string.IsNullOrWhiteSpace(id) || id.Length > 64)
        {
            return false;
        }

        try
        {
            zone = new ShopperZone(TimeZoneInfo.FindSystemTimeZoneById(id.Trim()), TimeSpan.Zero);
            return true;
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return false;
        }
    }

    /// <summary>The local wall-clock time of an instant.</summary>
    public DateTime ToLocal(DateTimeOffset time) =>
        _zone is null ? time.ToOffset(_offset).DateTime : TimeZoneInfo.ConvertTime(time, _zone).DateTime;

    /// <summary>The instant of a local wall-clock time; a time skipped by a daylight-saving change moves on by an hour.</summary>
    public DateTimeOffset FromLocal(DateTime local)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (_zone is null)
        {
            return new DateTimeOffset(local, _offset).ToUniversalTime();
        }

        if (_zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, _zone), TimeSpan.Zero);
    }
}
