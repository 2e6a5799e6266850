using System.Globalization;
using Ugc.Actors.Sql.Tests.Infrastructure;

namespace Ugc.Actors.Sql.Tests.Crash;

/// <summary>
/// A silo process appending stream events and writing grain state is killed with SIGKILL mid-stream and restarted on
/// the same database: every acknowledged event is delivered after the restart, and the state is the last acknowledged
/// write (or the one in flight at the kill).
/// Concrete classes carry <c>[Trait("Category", "Crash")]</c> themselves: a class trait of their own hides the base class's.
/// </summary>
public abstract class CrashConformance
{
    private static readonly TimeSpan Phase = TimeSpan.FromSeconds(60);

    /// <summary>The host's provider argument: sqlite or postgres.</summary>
    protected abstract string Provider { get; }

    /// <summary>A database of the test's own.</summary>
    protected abstract Task<string> CreateDatabaseAsync();

    [ConformanceFact]
    public async Task Acknowledged_events_and_state_survive_a_kill_of_the_silo_process()
    {
        var connectionString = await CreateDatabaseAsync();
        var acked = new HashSet<int>();
        var lastState = 0;
        void Record(string line)
        {
            if (Parse(line, "ACK ") is { } n)
            {
                acked.Add(n);
            }
            else if (Parse(line, "STATE ") is { } v)
            {
                lastState = Math.Max(lastState, v);
            }
        }

        await using (var producer = CrashHostProcess.Start(Provider, connectionString, "produce"))
        {
            await producer.ReadUntilAsync(line =>
            {
                Record(line);
                return acked.Count >= 300 && lastState >= 10;
            }, "300 appends and 10 state writes are acknowledged", Phase);

            await producer.KillAndDrainAsync(Record, Phase);
        }

        var delivered = new HashSet<int>();
        int? read = null;
        await using var consumer = CrashHostProcess.Start(Provider, connectionString, "consume");
        await consumer.ReadUntilAsync(line =>
        {
            if (Parse(line, "GOT ") is { } n)
            {
                delivered.Add(n);
            }
            else if (Parse(line, "READ ") is { } v)
            {
                read = v;
            }

            return read is not null && acked.IsSubsetOf(delivered);
        }, $"the {acked.Count} acknowledged events are delivered and the state is read", Phase);

        Assert.True(read == lastState || read == lastState + 1,
            $"The state after the restart is {read}; the last acknowledged write was {lastState} (and at most one more was in flight).");
    }

    private static int? Parse(string line, string prefix) =>
        line.StartsWith(prefix, StringComparison.Ordinal) ? int.Parse(line.AsSpan(prefix.Length), CultureInfo.InvariantCulture) : null;
}
