using System.Globalization;
using System.Runtime.InteropServices;

namespace Ugc.Bench;

/// <summary>Collects results and prints them as a Markdown table for docs/BENCHMARKS.md.</summary>
internal sealed class Report
{
    private readonly List<string[]> _rows = [];
    private readonly List<string> _notes = [];
    private readonly List<(string Title, string[] Headers, List<string[]> Rows)> _tables = [];

    public void Header(string suite, bool quick)
    {
        Console.WriteLine($"# suite: {suite} ({(quick ? "quick" : "full")})");
        Console.WriteLine($"# machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, " +
            $"{RuntimeInformation.ProcessArchitecture}, server GC {System.Runtime.GCSettings.IsServerGC}");
        Console.WriteLine($"# date: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
    }

    public void Add(Measurement m) => _rows.Add([
        m.Name, m.Concurrency.ToString(CultureInfo.InvariantCulture), m.OpsPerSecond.ToString("N0", CultureInfo.InvariantCulture),
        m.P50Microseconds.ToString("F1", CultureInfo.InvariantCulture), m.P99Microseconds.ToString("F1", CultureInfo.InvariantCulture),
        m.BytesPerOp.ToString("N0", CultureInfo.InvariantCulture)]);

    /// <summary>A table of its own columns, printed after the standard one.</summary>
    public void Table(string title, string[] headers, List<string[]> rows) => _tables.Add((title, headers, rows));

    public void Note(string note)
    {
        _notes.Add(note);
        Console.WriteLine("# " + note);
    }

    public void Print()
    {
        foreach (var (title, headers, rows) in _tables)
        {
            Console.WriteLine();
            Console.WriteLine(title);
            Console.WriteLine();
            Console.WriteLine("| " + string.Join(" | ", headers) + " |");
            Console.WriteLine("|" + string.Join("|", headers.Select((_, i) => i == 0 ? "---" : "---:")) + "|");
            foreach (var row in rows)
            {
                Console.WriteLine("| " + string.Join(" | ", row) + " |");
            }
        }

        if (_rows.Count == 0)
        {
            PrintNotes();
            return;
        }

        Console.WriteLine();
        Console.WriteLine("| case | concurrency | ops/s | p50 µs | p99 µs | bytes/op |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var row in _rows)
        {
            Console.WriteLine("| " + string.Join(" | ", row) + " |");
        }

        PrintNotes();
    }

    private void PrintNotes()
    {
        Console.WriteLine();
        foreach (var note in _notes)
        {
            Console.WriteLine("- " + note);
        }
    }
}

/// <summary>One measured case.</summary>
internal sealed record Measurement(string Name, int Concurrency, double OpsPerSecond, double P50Microseconds, double P99Microseconds, long BytesPerOp);
