using Ugc.Contracts.Analytics;

namespace Ugc.Silo.Dashboard;

/// <summary>One client's signal: its recent alerts and hourly series with the model's band.</summary>
public sealed record AnomalyRow(string ClientId, string Signal, IReadOnlyList<AnomalyAlert> Alerts, IReadOnlyList<SignalPoint> Series);
