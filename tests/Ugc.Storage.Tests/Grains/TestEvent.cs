namespace Ugc.Storage.Tests;

/// <summary>A numbered event on a test stream; the stream's key names the test.</summary>
[GenerateSerializer, Immutable, Alias("ugc.tests.event")]
public sealed record TestEvent([property: Id(0)] int Number)
{
    /// <summary>The namespace of the test streams, to which <see cref="Grains.ConsumerGrain"/> subscribes implicitly.</summary>
    public const string Namespace = "ugc-tests";
}
