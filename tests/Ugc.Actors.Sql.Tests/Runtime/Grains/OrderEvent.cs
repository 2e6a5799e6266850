namespace Ugc.Actors.Sql.Tests.Runtime.Grains;

/// <summary>An event on the runtime suite's streams; <paramref name="Poison"/> events make the consumer throw while it is told to.</summary>
public sealed record OrderEvent(string StreamKey, int Number, bool Poison = false);
