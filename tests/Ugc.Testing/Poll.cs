using System.Diagnostics;

namespace Ugc.Testing;

/// <summary>Waits for asynchronous work by polling a condition with a deadline, never by sleeping a fixed time.</summary>
public static class Poll
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(20);

    /// <summary>The deadline when a caller names none: generous for a shared 2-core machine under a full test run.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);

    /// <summary>Polls an asynchronous condition for at most <see cref="DefaultTimeout"/>.</summary>
    public static Task UntilAsync(Func<Task<bool>> condition, string what) => UntilAsync(condition, what, DefaultTimeout);

    /// <summary>Polls until <paramref name="condition"/> holds; throws a <see cref="TimeoutException"/> naming <paramref name="what"/> if it does not in time.</summary>
    public static Task UntilAsync(Func<bool> condition, string what, TimeSpan timeout) =>
        UntilAsync(() => Task.FromResult(condition()), what, timeout);

    /// <summary>Polls an asynchronous condition until it holds; throws a <see cref="TimeoutException"/> naming <paramref name="what"/> if it does not in time.</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition, string what, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition().ConfigureAwait(false))
        {
            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"Timed out after {timeout.TotalSeconds:F1} s waiting until {what}.");
            }

            await Task.Delay(Interval).ConfigureAwait(false);
        }
    }

    /// <summary>Polls for a value until <paramref name="accept"/> takes it; returns it, or throws naming <paramref name="what"/> (and the last value seen).</summary>
    public static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> accept, string what, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var value = await read().ConfigureAwait(false);
            if (accept(value))
            {
                return value;
            }

            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"Timed out after {timeout.TotalSeconds:F1} s waiting until {what}; last seen: {value}.");
            }

            await Task.Delay(Interval).ConfigureAwait(false);
        }
    }
}
