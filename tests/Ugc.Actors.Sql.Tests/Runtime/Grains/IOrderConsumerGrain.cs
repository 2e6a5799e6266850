namespace Ugc.Actors.Sql.Tests.Runtime.Grains;

/// <summary>The implicit consumer of the "orders" namespace.</summary>
public interface IOrderConsumerGrain : IGrainWithStringKey
{
    /// <summary>Events handled by this activation.</summary>
    Task<int> CountAsync();
}
