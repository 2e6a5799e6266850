using System.Diagnostics.Metrics;
using Ugc.Contracts.Solicitation;
using Ugc.Grains.Notifications;

namespace Ugc.Silo.Notifications;

/// <summary>Meter <c>Ugc.Notifications</c>: deliveries by channel, outcome and relay, and send times.</summary>
public sealed class NotificationMetrics : IDisposable
{
    public const string MeterName = "Ugc.Notifications";

    private readonly Meter _meter = new(MeterName);
    private readonly Counter<long> _deliveries;
    private readonly Histogram<double> _sendTime;

    public NotificationMetrics()
    {
        _deliveries = _meter.CreateCounter<long>("ugc.notifications.deliveries", description: "Solicitation sends by channel, outcome and relay");
        _sendTime = _meter.CreateHistogram<double>("ugc.notifications.send.duration", unit: "s", description: "Time to hand one message to the relay or webhook");
    }

    public void RecordDelivery(SolicitationChannel channel, DeliveryStatus status, string relay) =>
        _deliveries.Add(1, new("channel", channel.ToString().ToLowerInvariant()), new("outcome", status.ToString().ToLowerInvariant()), new("relay", relay.Length == 0 ? "default" : relay));

    public void RecordSendTime(SolicitationChannel channel, TimeSpan elapsed) =>
        _sendTime.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("channel", channel.ToString().ToLowerInvariant()));

    public void Dispose() => _meter.Dispose();
}
