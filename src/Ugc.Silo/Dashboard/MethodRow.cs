namespace Ugc.Silo.Dashboard;

/// <summary>One grain method on this silo: totals since start and rates over the last sample.</summary>
public sealed record MethodRow(
    string GrainType,
    string Interface,
    string Method,
    long Calls,
    long Failures,
    double MeanMicros,
    double P99Micros,
    double CallsPerSecond,
    double ErrorsPerSecond);
