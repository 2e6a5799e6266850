namespace Ugc.Silo.Dashboard;

/// <summary>The Streams page: each queue of the pipeline provider, dead letters and the backlog history.</summary>
public sealed record StreamsResponse(string Provider, IReadOnlyList<QueueRow> Queues, IReadOnlyList<DeadLetterRow> DeadLetters, ChartSeries History);
