namespace Ugc.Cluster.Tests.Infrastructure;

/// <summary>A test against Azurite: skipped when it is not installed, unless UGC_REQUIRE_AZURITE=1 makes that a failure.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AzuriteFactAttribute : FactAttribute
{
    public AzuriteFactAttribute()
    {
        Skip = AzuriteServer.SkipReason;
    }
}
