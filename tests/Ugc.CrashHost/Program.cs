using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Ugc.CrashHost;
using Ugc.Storage.Options;

// A silo for the crash test. Usage: Ugc.CrashHost sqlite <data directory>|postgres <connection string> produce|consume
//   produce: appends numbered events from 8 concurrent producers and writes a grain's state in a loop, printing
//            "ACK n" once OnNextAsync(n) has completed and "STATE v" once the write of v has completed; it never
//            consumes (its pulling agents do not start);
//   consume: reads the grain's state ("READ v") and prints "GOT n" for every event its consumer receives.
// Every line is written only after the work it reports is durable. The host exits when stdin closes, so a test
// runner that dies takes it along.
if (args is not [var providerName, var database, var mode] || mode is not ("produce" or "consume")
    || !Enum.TryParse<UgcStorageProvider>(providerName, ignoreCase: true, out var provider) || provider == UgcStorageProvider.Memory)
{
    await Console.Error.WriteLineAsync("usage: Ugc.CrashHost sqlite <data directory>|postgres <connection string> produce|consume");
    return 2;
}

using var host = CrashSilo.Build(provider, database, produceOnly: mode == "produce");
await host.StartAsync();
var grains = host.Services.GetRequiredService<IGrainFactory>();
var stateGrain = grains.GetGrain<ICrashStateGrain>("state");
Console.Out.WriteLine("READY");

// Console.In reads synchronously even through its async methods: on a thread of its own. A stopping host (SIGTERM)
// ends the run too.
var stopping = host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
var work = new List<Task> { Task.Run(() => Console.In.ReadToEnd()), Task.Delay(Timeout.Infinite, stopping).ContinueWith(_ => { }, TaskScheduler.Default) };
if (mode == "produce")
{
    var streams = host.Services.GetRequiredKeyedService<Orleans.Streams.IStreamProvider>(CrashSilo.StreamProvider);
    var last = 0;
    work.AddRange(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
    {
        while (true)
        {
            var n = Interlocked.Increment(ref last);
            var stream = streams.GetStream<CrashEvent>(StreamId.Create(CrashSilo.StreamNamespace, $"s{n % CrashSilo.StreamCount}"));
            await stream.OnNextAsync(new CrashEvent(n));
            Console.Out.WriteLine($"ACK {n}");
        }
    })));
    work.Add(Task.Run(async () =>
    {
        for (var value = 1; ; value++)
        {
            await stateGrain.WriteAsync(value);
            Console.Out.WriteLine($"STATE {value}");
        }
    }));
}
else
{
    Console.Out.WriteLine($"READ {await stateGrain.ReadAsync()}");
}

// Stdin closed, the host is stopping, or a producer failed (its exception is the exit reason).
var finished = await Task.WhenAny(work);
try
{
    await finished;
}
finally
{
    await host.StopAsync();
}

return 0;
