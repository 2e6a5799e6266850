using System.Globalization;
using Ugc.Storage.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Ugc.Storage.Tests.Crash;

/// <summary>
/// A silo process on Orleans and Ugc.Storage, appending stream events from 8 producers and writing grain state, is
/// killed with SIGKILL mid-stream and a new one is started on the same database: every acknowledged event is
/// delivered to the implicit consumer, and the state is the last acknowledged write (or the one in flight).
/// </summary>
public abstract class CrashTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Phase = TimeSpan.FromSeconds(60);

    /// <summary>The host's provider argument: sqlite or postgres.</summary>
    protected abstract string Provider { get; }

    /// <summary>A database of the test's own: a data directory or a connection string.</summary>
    protected abstract Task<string> CreateDatabaseAsync();

    [StorageFact]
    public async Task Acknowledged_events_and_state_survive_a_kill_of_the_silo_process()
    {
        var database = await CreateDatabaseAsync();
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

        await using (var producer = CrashHostProcess.Start(Provider, database, "produce"))
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
        await using var consumer = CrashHostProcess.Start(Provider, database, "consume");
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

        output.WriteLine($"{Provider}: {acked.Count} events acknowledged before the kill, {delivered.Count} delivered after the restart; state {read}, last acknowledged {lastState}");
        Assert.True(read == lastState || read == lastState + 1,
            $"The state after the restart is {read}; the last acknowledged write was {lastState} (and at most one more was in flight).");
    }

    private static int? Parse(string line, string prefix) =>
        line.StartsWith(prefix, StringComparison.Ordinal) ? int.Parse(line.AsSpan(prefix.Length), CultureInfo.InvariantCulture) : null;
}
