using System.Collections;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Streams;

namespace Ugc.Storage.Streams;

/// <summary>
/// Reads the stream and event types out of a Streaming.AdoNet payload: Orleans' serialization of the provider's
/// internal batch container. That type is not public, so it is found by name and read as the public
/// <see cref="IBatchContainer"/> (stream id) plus its <c>Events</c> list; if a later Orleans changes it,
/// <see cref="Decode"/> throws and the monitor reports the dead letter without those fields.
/// </summary>
internal sealed class StreamPayloadDecoder
{
    private const string ContainerTypeName = "Orleans.Streaming.AdoNet.AdoNetBatchContainer, Orleans.Streaming.AdoNet";

    private readonly Func<byte[], IBatchContainer> _deserialize;
    private readonly PropertyInfo _events;

    public StreamPayloadDecoder(IServiceProvider services)
    {
        var type = Type.GetType(ContainerTypeName, throwOnError: true)!;
        var serializer = services.GetRequiredService(typeof(Serializer<>).MakeGenericType(type));
        var deserialize = serializer.GetType().GetMethod(nameof(Serializer<object>.Deserialize), [typeof(byte[])])
            ?? throw new MissingMethodException(serializer.GetType().FullName, "Deserialize(byte[])");
        _deserialize = payload => (IBatchContainer)deserialize.Invoke(serializer, [payload])!;
        _events = type.GetProperty("Events") ?? throw new MissingMemberException(type.FullName, "Events");
    }

    /// <summary>The stream namespace and key, and the event type name(s), of a payload.</summary>
    public (string? Namespace, string Key, string EventType) Decode(byte[] payload)
    {
        var container = _deserialize(payload);
        var events = ((IEnumerable?)_events.GetValue(container))?.Cast<object>() ?? [];
        var types = string.Join(",", events.Select(e => e.GetType().FullName).Distinct());
        return (container.StreamId.GetNamespace(), container.StreamId.GetKeyAsString(), types);
    }
}
