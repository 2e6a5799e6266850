namespace Ugc.Storage.Tests.Grains;

/// <summary>The implicit consumer of the test streams (no methods: it only consumes).</summary>
[Alias("ugc.tests.consumer")]
public interface IConsumerGrain : IGrainWithStringKey;
