namespace Ugc.Actors.Streams;

/// <summary>
/// The position of an event in its stream's queue. Increases with every event of a stream, so a consumer that
/// remembers the last token it handled can drop redelivered duplicates.
/// </summary>
public sealed record StreamSequenceToken(long SequenceNumber) : IComparable<StreamSequenceToken>
{
    public int CompareTo(StreamSequenceToken? other) => other is null ? 1 : SequenceNumber.CompareTo(other.SequenceNumber);

    /// <summary>Whether this token comes after <paramref name="other"/> (true when there is none).</summary>
    public bool Newer(StreamSequenceToken? other) => other is null || SequenceNumber > other.SequenceNumber;

    public static bool operator <(StreamSequenceToken left, StreamSequenceToken right) => left.CompareTo(right) < 0;

    public static bool operator >(StreamSequenceToken left, StreamSequenceToken right) => left.CompareTo(right) > 0;

    public static bool operator <=(StreamSequenceToken left, StreamSequenceToken right) => left.CompareTo(right) <= 0;

    public static bool operator >=(StreamSequenceToken left, StreamSequenceToken right) => left.CompareTo(right) >= 0;
}
