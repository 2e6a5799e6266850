using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.Storage;
using Orleans.TestingHost;
using Ugc.Contracts.Catalog;
using Ugc.Contracts.Clients;
using Ugc.Contracts.Solicitation;
using Ugc.Grains.Notifications;
using Ugc.Grains.Solicitation;
using Ugc.Grains.Tests.Infrastructure;

namespace Ugc.Grains.Tests.Solicitation;

/// <summary>The order grain's ledger on a test cluster with a recording channel: decisions, record before send, reconcile after.</summary>
public sealed class SolicitationOrderGrainTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 5, 4, 12, 0, 0, TimeSpan.Zero);
    private static readonly SolicitationSettings Settings = new(Enabled: true, DelayDays: 3, FromAddress: "r@acme.example", FrequencyCapDays: 30);
    private readonly RecordingSender _sender = new();
    private readonly InProcessTestCluster _cluster;

    public SolicitationOrderGrainTests()
    {
        var secret = SolicitationKeys.NewSecret();
        _cluster = DomainTestCluster.Build(s =>
        {
            s.AddKeyedSingleton<TimeProvider>(DomainClock.Key, new FakeTimeProvider(Now));
            s.AddSingleton(SolicitationKeys.FromBase64(secret));
            s.AddSingleton<PersonalDataProtector>();
            s.AddSingleton<SolicitationTemplates>();
            s.AddSingleton(sp => new SolicitationLinks(sp.GetRequiredService<SolicitationKeys>(), Microsoft.Extensions.Options.Options.Create(new SolicitationOptions())));
            s.AddSingleton<INotificationSender>(_sender);
        });
    }

    private IGrainFactory Grains => _cluster.Client;

    public async Task InitializeAsync()
    {
        await _cluster.DeployAsync();
        await Grains.GetGrain<IClientGrain>("acme").CreateAsync(new ClientProfile("acme", "ACME", ClientKind.Retailer, []));
        await Grains.GetGrain<IProductGrain>("acme/kettle").UpsertAsync(new CatalogProduct("kettle", "Kettle"));
    }

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task An_order_found_mid_send_after_a_crash_is_reconciled_as_unconfirmed_and_never_sent()
    {
        // What a silo that died between recording the attempt and recording its outcome leaves in storage.
        var storage = _cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>("Default");
        var left = new GrainState<SolicitationOrderState>(new SolicitationOrderState
        {
            Status = OrderStatus.Dispatching, RecipientId = "r1", DueAt = Now.AddHours(-1), Attempts = 1, MessageId = "m.1",
            Products = [new TransactionProduct("kettle")], PurgeAt = Now.AddDays(30),
        });
        await storage.WriteStateAsync("solicitation-order", GrainId.Create("solicitationorder", "acme/crashed"), left);

        var outcome = await Grains.GetGrain<ISolicitationOrderGrain>("acme/crashed").DispatchAsync(new DispatchRequest(Now, Settings, "ACME"));
        var again = await Grains.GetGrain<ISolicitationOrderGrain>("acme/crashed").DispatchAsync(new DispatchRequest(Now.AddHours(1), Settings, "ACME"));

        Assert.Equal(DispatchStatus.Unconfirmed, outcome.Status);
        Assert.Equal(DispatchStatus.Idle, again.Status);
        Assert.Empty(_sender.Sent);
        Assert.Equal(OrderStatus.Unconfirmed, (await Grains.GetGrain<ISolicitationOrderGrain>("acme/crashed").GetAsync())!.Status);
    }

    [Fact]
    public async Task A_due_order_is_sent_once_and_a_second_order_of_the_shopper_within_the_cap_is_skipped()
    {
        var first = Grains.GetGrain<ISolicitationOrderGrain>("acme/o-1");
        var second = Grains.GetGrain<ISolicitationOrderGrain>("acme/o-2");
        Assert.Equal(IntakeStatus.Scheduled, (await first.AcceptAsync(Order("o-1", "ada@shop.example"), Settings, Now)).Status);
        Assert.Equal(IntakeStatus.Scheduled, (await second.AcceptAsync(Order("o-2", "ADA@shop.example"), Settings, Now)).Status);
        Assert.Equal(IntakeStatus.Duplicate, (await first.AcceptAsync(Order("o-1", "ada@shop.example"), Settings, Now)).Status);

        var sent = await first.DispatchAsync(new DispatchRequest(Now.AddDays(3), Settings, "ACME"));
        var repeat = await first.DispatchAsync(new DispatchRequest(Now.AddDays(3), Settings, "ACME"));
        var capped = await second.DispatchAsync(new DispatchRequest(Now.AddDays(3), Settings, "ACME"));

        Assert.Equal(DispatchStatus.Sent, sent.Status);
        Assert.Equal(DispatchStatus.Idle, repeat.Status);
        Assert.Equal((DispatchStatus.Skipped, "capped"), (capped.Status, capped.Reason));
        var message = Assert.Single(_sender.Sent);
        Assert.Equal("ada@shop.example", message.To);
        Assert.Equal("Kettle", Assert.Single(message.Products).Name);
    }

    [Fact]
    public async Task A_permanent_refusal_fails_the_order_and_frees_the_cap_for_the_next_one()
    {
        var first = Grains.GetGrain<ISolicitationOrderGrain>("acme/p-1");
        var second = Grains.GetGrain<ISolicitationOrderGrain>("acme/p-2");
        await first.AcceptAsync(Order("p-1", "bert@shop.example"), Settings, Now);
        await second.AcceptAsync(Order("p-2", "bert@shop.example"), Settings, Now);
        _sender.Next = new DeliveryResult(DeliveryStatus.Permanent, "550 mailbox unavailable");

        var failed = await first.DispatchAsync(new DispatchRequest(Now.AddDays(3), Settings, "ACME"));
        _sender.Next = DeliveryResult.Delivered;
        var next = await second.DispatchAsync(new DispatchRequest(Now.AddDays(3), Settings, "ACME"));

        Assert.Equal(DispatchStatus.Failed, failed.Status);
        Assert.Equal(DispatchStatus.Sent, next.Status);
    }

    [Fact]
    public async Task An_order_is_purged_once_its_links_have_expired()
    {
        var order = Grains.GetGrain<ISolicitationOrderGrain>("acme/q-1");
        await order.AcceptAsync(Order("q-1", "cy@shop.example"), Settings, Now);
        var sent = await order.DispatchAsync(new DispatchRequest(Now.AddDays(3), Settings, "ACME"));

        var purged = await order.DispatchAsync(new DispatchRequest(sent.WakeAt!.Value, Settings, "ACME"));

        Assert.Equal((DispatchStatus.Idle, null), (purged.Status, purged.WakeAt));
        Assert.Null(await order.GetAsync());
    }

    private static TransactionRecord Order(string id, string email) => new(id, email, "Ada Lovelace", "en_US", Now, [new("kettle")]);
}
