using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Ugc.Actors.Activation;
using Ugc.Actors.Diagnostics;
using Ugc.Actors.Hosting;
using Ugc.Actors.Membership;
using Ugc.Actors.Messaging;
using Ugc.Actors.Placement;

namespace Ugc.Actors.Runtime;

/// <summary>
/// The heart of one silo: routes outgoing calls (local activation or a message to the owning silo), receives
/// messages, and runs the silo's life cycle with the membership service.
/// </summary>
internal sealed partial class SiloRuntime : IGrainCallInvoker, IDisposable
{
    private readonly IClusterMembership _membership;
    private readonly IMessageTransport _transport;
    private readonly GrainCollectionOptions _collection;
    private ITimer? _collector;
    private ISiloLifecycleParticipant[] _participants = [];
    private volatile SiloLifecycle _lifecycle = SiloLifecycle.Created;

    public SiloRuntime(
        IServiceProvider services,
        GrainTypeRegistry registry,
        IOptions<SiloOptions> siloOptions,
        IOptions<MessagingOptions> messagingOptions,
        IOptions<GrainCollectionOptions> collectionOptions,
        TimeProvider time,
        ILoggerFactory loggerFactory,
        IMeterFactory meterFactory,
        IClusterMembership membership,
        IMessageTransport transport)
    {
        Services = services;
        Registry = registry;
        Options = siloOptions.Value;
        Messaging = messagingOptions.Value;
        _collection = collectionOptions.Value;
        Time = time;
        Logger = loggerFactory.CreateLogger("Ugc.Actors.Silo");
        _membership = membership;
        _transport = transport;
        Address = new SiloAddress(Options.AdvertisedHost, Options.SiloPort, time.GetUtcNow().UtcTicks);
        Placement = new RendezvousPlacement(Address);
        Catalog = new Catalog(this);
        Activator = new GrainActivator(services);
        Pending = new PendingCalls(time);
        GrainFactory = new GrainFactory(registry, this);
        Serializer = new MessageSerializer(GrainFactory);
        IncomingFilters = [.. services.GetServices<IIncomingGrainCallFilter>()];
        OutgoingFilters = [.. services.GetServices<IOutgoingGrainCallFilter>()];
        Metrics = new ActorMetrics(meterFactory, ObserveActivations, () => Pending.Count);
    }

    public IServiceProvider Services { get; }

    public GrainTypeRegistry Registry { get; }

    public SiloOptions Options { get; }

    public MessagingOptions Messaging { get; }

    public TimeProvider Time { get; }

    public ILogger Logger { get; }

    public SiloAddress Address { get; }

    public RendezvousPlacement Placement { get; }

    public Catalog Catalog { get; }

    public GrainActivator Activator { get; }

    public PendingCalls Pending { get; }

    public GrainFactory GrainFactory { get; }

    public MessageSerializer Serializer { get; }

    public IIncomingGrainCallFilter[] IncomingFilters { get; }

    public IOutgoingGrainCallFilter[] OutgoingFilters { get; }

    public ActorMetrics Metrics { get; }

    public SiloLifecycle Lifecycle => _lifecycle;

    public MembershipView View => _membership.CurrentView;

    /// <summary>New calls are taken while starting and running; a stopping silo turns them away with a retryable error.</summary>
    public bool IsAcceptingCalls => _lifecycle is SiloLifecycle.Created or SiloLifecycle.Running;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _membership.ViewChanged += OnViewChanged;
        await _transport.StartAsync(Address, OnMessage, cancellationToken).ConfigureAwait(false);
        Pending.Start(Messaging.EffectiveSweepPeriod);
        await _membership.UpdateStatusAsync(Address, Options.SiloName, SiloStatus.Active, cancellationToken).ConfigureAwait(false);
        _lifecycle = SiloLifecycle.Running;
        OnViewChanged(_membership.CurrentView);
        _collector = Time.CreateTimer(static s => ((SiloRuntime)s!).CollectIdle(), this, _collection.CollectionQuantum, _collection.CollectionQuantum);
        // Resolved once: stopping must not depend on a service provider that the host may be disposing.
        _participants = [.. Services.GetServices<ISiloLifecycleParticipant>()];
        foreach (var participant in _participants)
        {
            await participant.OnSiloStartedAsync(cancellationToken).ConfigureAwait(false);
        }

        ActorLog.SiloStarted(Logger, Address, Options.SiloName);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_lifecycle is SiloLifecycle.Stopping or SiloLifecycle.Stopped)
        {
            return;
        }

        _lifecycle = SiloLifecycle.Stopping;
        _collector?.Dispose();
        await _membership.UpdateStatusAsync(Address, Options.SiloName, SiloStatus.ShuttingDown, cancellationToken).ConfigureAwait(false);
        foreach (var participant in _participants.Reverse())
        {
            await participant.OnSiloStoppingAsync(cancellationToken).ConfigureAwait(false);
        }

        ActorLog.SiloStopping(Logger, Address, Catalog.Count);
        var deactivation = Catalog.DeactivateWhereAsync(static _ => true, new(DeactivationReasonCode.ShuttingDown, "the silo is stopping"));
        await deactivation.WaitAsync(Options.ShutdownTimeout, Time, cancellationToken).ConfigureAwait(false);
        await _membership.UpdateStatusAsync(Address, Options.SiloName, SiloStatus.Dead, cancellationToken).ConfigureAwait(false);
        _membership.ViewChanged -= OnViewChanged;
        await _transport.StopAsync(cancellationToken).ConfigureAwait(false);
        Pending.FailAll(new SiloUnavailableException($"Silo {Address} stopped before the call completed."));
        _lifecycle = SiloLifecycle.Stopped;
        ActorLog.SiloStopped(Logger, Address);
    }

    /// <summary>Stops at once without deactivating anything, as a crash would (tests of failure).</summary>
    public async Task AbortAsync()
    {
        _lifecycle = SiloLifecycle.Stopped;
        foreach (var participant in _participants)
        {
            if (participant is IAbortable abortable)
            {
                await abortable.AbortAsync().ConfigureAwait(false);
            }
        }

        _collector?.Dispose();
        _membership.ViewChanged -= OnViewChanged;
        await _transport.StopAsync(CancellationToken.None).ConfigureAwait(false);
        Pending.FailAll(new SiloUnavailableException($"Silo {Address} was killed."));
    }

    public void Dispose()
    {
        _collector?.Dispose();
        Pending.Dispose();
    }

    private void CollectIdle()
    {
        var count = Catalog.CollectIdle(_collection.CollectionAge, _collection.ClassSpecificCollectionAge);
        if (count > 0)
        {
            ActorLog.CollectedIdle(Logger, count);
        }
    }

    private void OnViewChanged(MembershipView view)
    {
        Placement.Update(view);
        ActorLog.ViewChanged(Logger, view.Version, view.ActiveSilos.Length, Address, view.GetStatus(Address));
        foreach (var (silo, status) in view.Statuses)
        {
            if (status == SiloStatus.Dead && silo != Address)
            {
                Pending.FailCallsTo(silo, new SiloUnavailableException($"Silo {silo} left the cluster before answering; retry the call."));
            }
        }

        // Without a directory, an activation whose grain now belongs elsewhere must go, or two would live at once.
        if (_lifecycle == SiloLifecycle.Running && view.GetStatus(Address) == SiloStatus.Active)
        {
            _ = Catalog.DeactivateWhereAsync(a => Placement.GetOwner(a.GrainId) != Address,
                new(DeactivationReasonCode.PlacementChanged, "the grain is now placed on another silo"));
        }
    }

    private IEnumerable<Measurement<int>> ObserveActivations()
    {
        foreach (var grainClass in Registry.Classes)
        {
            yield return new Measurement<int>(grainClass.ActivationCount, new KeyValuePair<string, object?>("grain.type", grainClass.TypeName));
        }
    }
}

/// <summary>Where a silo is in its life.</summary>
internal enum SiloLifecycle
{
    Created,
    Running,
    Stopping,
    Stopped,
}
