using System.Globalization;

namespace Ugc.Bench.Http;

/// <summary>The machine's load averages (<c>/proc/loadavg</c>): the machine is shared, so every figure says how busy it was.</summary>
internal static class LoadAverage
{
    /// <summary>The 1-minute load average, or -1 where the system has none.</summary>
    public static double OneMinute()
    {
        try
        {
            var text = File.ReadAllText("/proc/loadavg");
            return double.Parse(text.Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return -1;
        }
    }

    /// <summary>The three load averages as <c>uptime</c> prints them.</summary>
    public static string Text()
    {
        try
        {
            return string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }
}
