using Ugc.Actors.Runtime;

namespace Ugc.Actors.Streams;

/// <summary>How pulling agents hand an event to a consumer grain: a turn of the consumer, handled by its stream extension.</summary>
[GrainExtension(typeof(StreamConsumerExtension))]
public interface IStreamConsumerExtension : IGrain
{
    /// <summary>Delivers one event to the consumer's observer for its subscription.</summary>
    Task DeliverAsync(StreamDelivery delivery);
}
