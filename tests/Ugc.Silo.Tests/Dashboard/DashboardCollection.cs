namespace Ugc.Silo.Tests.Dashboard;

/// <summary>The dashboard tests share one running host.</summary>
[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<DashboardHost>
{
    public const string Name = "Dashboard host";
}
