namespace Ugc.Silo.Tests.Operations;

/// <summary>
/// Tests that must have the process to one host: meters are process-wide, so while other hosts run, one host's
/// <c>/metrics</c> also lists their ASP.NET Core instruments as duplicate series (in production one process is one host).
/// xunit runs this collection alone, after the parallel ones.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SoloHostCollection
{
    public const string Name = "one host in the process";
}
