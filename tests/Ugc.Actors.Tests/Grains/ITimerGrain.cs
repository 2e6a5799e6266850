using Ugc.Actors.Timers;

namespace Ugc.Actors.Tests.Grains;

/// <summary>A grain with a periodic timer and an idle-age override.</summary>
public interface ITimerGrain : IGrainWithStringKey
{
    Task StartAsync(TimeSpan period, bool interleave);

    Task StopAsync();

    [AlwaysInterleave]
    Task<int> TicksAsync();

    Task WaitAsync(string gate);
}

[CollectionAgeLimit(Minutes = 2)]
public sealed class TimerGrain : Grain, ITimerGrain
{
    private IGrainTimer? _timer;
    private int _ticks;

    public Task StartAsync(TimeSpan period, bool interleave)
    {
        _timer = RegisterGrainTimer(_ =>
        {
            _ticks++;
            Gates.Log("ticks:" + this.GetPrimaryKeyString(), _ticks.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return Task.CompletedTask;
        }, new GrainTimerCreationOptions(period, period) { Interleave = interleave });
        return Task.CompletedTask;
    }

    public Task StopAsync()
    {
        _timer?.Dispose();
        return Task.CompletedTask;
    }

    public Task<int> TicksAsync() => Task.FromResult(_ticks);

    public Task WaitAsync(string gate) => Gates.Get(gate).Task;
}
