using Microsoft.Extensions.DependencyInjection;
using Orleans.Metadata;
using Ugc.Contracts.Catalog;
using Ugc.Contracts.Content;
using Ugc.Contracts.Shoppers;

namespace Ugc.Grains.Tests.Scenarios;

/// <summary>
/// The grains every submission creates leave memory after two idle minutes, not Orleans' fifteen: the silo's
/// activation collector reads the period from the grain type's properties, checked here as the silo resolved them.
/// </summary>
[Collection(DomainCollection.Name)]
public sealed class GrainLifetimeTests(DomainFixture domain)
{
    [Fact]
    public void Grains_created_per_submission_are_collected_after_two_idle_minutes_and_products_after_the_default()
    {
        var properties = domain.Cluster.Silos[0].ServiceProvider.GetRequiredService<GrainPropertiesResolver>();
        string? IdlePeriod(IAddressable grain) =>
            properties.GetGrainProperties(grain.GetGrainId().Type).Properties.GetValueOrDefault(WellKnownGrainTypeProperties.IdleDeactivationPeriod);

        IAddressable[] perSubmission =
        [
            domain.Grains.GetGrain<IContentGrain>("lifetime-content"),
            domain.Grains.GetGrain<IShopperGrain>("lifetime/shopper"),
            domain.Grains.GetGrain<INicknameGrain>("lifetime/nickname"),
            domain.Grains.GetGrain<IAnonymousAuthorGrain>("lifetime/device"),
            domain.Grains.GetGrain<IVelocityGrain>("lifetime/device"),
        ];

        Assert.All(perSubmission, grain => Assert.Equal(TimeSpan.FromMinutes(2), TimeSpan.Parse(IdlePeriod(grain)!, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Null(IdlePeriod(domain.Grains.GetGrain<IProductGrain>("lifetime/kettle")));
    }
}
