namespace Ugc.Silo.Dashboard;

/// <summary>One grain type on this silo: live activations, totals since start and rates over the last sample.</summary>
public sealed record GrainTypeRow(
    string GrainType,
    int Activations,
    long Calls,
    long Failures,
    double MeanMicros,
    double P99Micros,
    double CallsPerSecond,
    double ErrorsPerSecond);
