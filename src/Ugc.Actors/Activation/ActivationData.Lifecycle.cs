using Microsoft.Extensions.Logging;
using Ugc.Actors.Diagnostics;
using Ugc.Actors.Timers;

namespace Ugc.Actors.Activation;

/// <summary>Activation and deactivation: both run as turns on the activation's own scheduler.</summary>
internal sealed partial class ActivationData
{
    private async Task ActivateAsync()
    {
        try
        {
            Grain = Runtime.Activator.CreateInstance(this);
            foreach (var state in PersistentStates)
            {
                await state.LoadAsync();
            }

            if (Grain is Grain grain)
            {
                using var cts = new CancellationTokenSource(Runtime.Options.ActivationTimeout);
                await grain.OnActivateAsync(cts.Token);
            }
        }
        catch (Exception exception)
        {
            ActorLog.ActivationFailed(Runtime.Logger, exception, GrainId);
            List<ActivationWorkItem> failed;
            lock (_lock)
            {
                _state = ActivationState.Invalid;
                failed = [.. _waiting];
                _waiting.Clear();
                _deactivated?.TrySetResult();
            }

            DisposeTimers();
            Runtime.Catalog.Remove(this);
            var error = new GrainActivationException($"Activation of {GrainId} failed: {exception.Message}", exception);
            foreach (var item in failed)
            {
                item.Fail(error);
            }

            return;
        }

        Class.OnActivationCreated();
        List<ActivationWorkItem>? toStart;
        var deactivate = false;
        lock (_lock)
        {
            _state = ActivationState.Valid;
            _lastActivityTicks = Runtime.Time.GetUtcNow().UtcTicks;
            toStart = PumpLocked();
            if (toStart is null && _deactivateWhenIdle)
            {
                _state = ActivationState.Deactivating;
                deactivate = true;
            }
        }

        if (deactivate)
        {
            await DeactivateCoreAsync();
            return;
        }

        StartAll(toStart);
    }

    private async Task DeactivateCoreAsync()
    {
        DisposeTimers();
        if (Grain is Grain grain)
        {
            try
            {
                using var cts = new CancellationTokenSource(Runtime.Options.DeactivationTimeout);
                await grain.OnDeactivateAsync(_deactivationReason, cts.Token);
            }
            catch (Exception exception)
            {
                ActorLog.DeactivationFailed(Runtime.Logger, exception, GrainId);
            }
        }

        Runtime.Catalog.Remove(this);
        Class.OnActivationDestroyed();
        List<ActivationWorkItem> leftover;
        lock (_lock)
        {
            _state = ActivationState.Invalid;
            leftover = [.. _waiting];
            _waiting.Clear();
            _deactivated?.TrySetResult();
        }

        ActorLog.Deactivated(Runtime.Logger, GrainId, _deactivationReason.Code);
        foreach (var item in leftover)
        {
            if (!item.DropOnDeactivation)
            {
                Runtime.Catalog.Dispatch(item, GrainId);
            }
        }
    }

    private void DisposeTimers()
    {
        GrainTimer[] timers;
        lock (_lock)
        {
            timers = _timers is null ? [] : [.. _timers];
            _timers = null;
        }

        foreach (var timer in timers)
        {
            timer.Dispose();
        }
    }
}
