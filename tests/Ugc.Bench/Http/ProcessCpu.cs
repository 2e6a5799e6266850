using System.Globalization;

namespace Ugc.Bench.Http;

/// <summary>
/// CPU time (user + system) a process tree has used, from Linux's <c>/proc</c>: each live process's own time plus what
/// its exited children used once reaped, so PostgreSQL's backends count whether they still run or not. Elsewhere: zero.
/// </summary>
internal static class ProcessCpu
{
    // USER_HZ: /proc reports clock ticks of 1/100 s on every Linux the bench runs on.
    private const double TicksPerSecond = 100;

    public static TimeSpan OfTree(int rootId)
    {
        if (!Directory.Exists("/proc"))
        {
            return TimeSpan.Zero;
        }

        var processes = new Dictionary<int, (int Parent, long Ticks)>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && Read(id) is { } stat)
            {
                processes[id] = stat;
            }
        }

        var children = processes.ToLookup(p => p.Value.Parent, p => p.Key);
        var total = 0L;
        var pending = new Stack<int>([rootId]);
        while (pending.TryPop(out var id))
        {
            if (processes.TryGetValue(id, out var process))
            {
                total += process.Ticks;
                foreach (var child in children[id])
                {
                    pending.Push(child);
                }
            }
        }

        return TimeSpan.FromSeconds(total / TicksPerSecond);
    }

    private static (int Parent, long Ticks)? Read(int id)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{id}/stat");
            // The command name may hold spaces and parentheses: fields are counted after its closing one.
            var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
            long Field(int number) => long.Parse(fields[number - 3], CultureInfo.InvariantCulture);
            return ((int)Field(4), Field(14) + Field(15) + Field(16) + Field(17));
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
