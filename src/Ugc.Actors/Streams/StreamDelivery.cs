namespace Ugc.Actors.Streams;

/// <summary>An event on its way to one consumer grain: crosses silos as a grain call argument.</summary>
/// <param name="Provider">The stream provider's name.</param>
/// <param name="Stream">The stream.</param>
/// <param name="PayloadType">The event's type name.</param>
/// <param name="Payload">The event as UTF-8 JSON.</param>
/// <param name="Token">Its position in the stream.</param>
/// <param name="HandleId">The explicit subscription it is for; null for an implicit subscription.</param>
public sealed record StreamDelivery(string Provider, StreamId Stream, string PayloadType, byte[] Payload, StreamSequenceToken Token, Guid? HandleId);
