namespace Ugc.Silo.Tests.ResponseShapes;

/// <summary>The test classes that read the seeded <see cref="ResponseShapeHost"/> share one host and one seed.</summary>
[CollectionDefinition(Name)]
public sealed class ResponseShapeCollection : ICollectionFixture<ResponseShapeHost>
{
    public const string Name = "Response shapes";
}
