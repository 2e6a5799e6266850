using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Ugc.Silo.Tests.Operations;

/// <summary>
/// A strict reader of the Prometheus text format (0.0.4): every line is a comment, a HELP or TYPE line, or a sample of a
/// family declared by a TYPE line before it; histograms have cumulative buckets ending in <c>+Inf</c> equal to their count.
/// Anything else throws <see cref="FormatException"/> naming the line.
/// </summary>
public sealed partial class PrometheusText
{
    private static readonly string[] s_suffixes = ["_bucket", "_sum", "_count"];

    private PrometheusText(IReadOnlyDictionary<string, string> types, IReadOnlyList<PrometheusSample> samples) => (Types, Samples) = (types, samples);

    /// <summary>Family name to type (counter, gauge, histogram, summary, untyped).</summary>
    public IReadOnlyDictionary<string, string> Types { get; }

    public IReadOnlyList<PrometheusSample> Samples { get; }

    public IEnumerable<PrometheusSample> Named(string name) => Samples.Where(s => s.Name == name);

    public static PrometheusText Parse(string text)
    {
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        var samples = new List<PrometheusSample>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith("# TYPE ", StringComparison.Ordinal))
            {
                var parts = line.Split(' ');
                if (parts.Length != 4 || !MetricName().IsMatch(parts[2]) || parts[3] is not ("counter" or "gauge" or "histogram" or "summary" or "untyped"))
                {
                    throw new FormatException($"Line {i + 1} is not a TYPE line: {line}");
                }

                types[parts[2]] = parts[3];
            }
            else if (!line.StartsWith('#'))
            {
                var sample = ParseSample(line, i + 1);
                if (!IsDeclared(sample.Name, types))
                {
                    throw new FormatException($"Line {i + 1}: no TYPE declared for {sample.Name}.");
                }

                samples.Add(sample);
            }
        }

        CheckHistograms(types, samples);
        return new PrometheusText(types, samples);
    }

    private static bool IsDeclared(string name, Dictionary<string, string> types) =>
        types.ContainsKey(name) || s_suffixes.Any(s => name.EndsWith(s, StringComparison.Ordinal) && types.ContainsKey(name[..^s.Length]));

    private static PrometheusSample ParseSample(string line, int number)
    {
        var name = MetricName().Match(line);
        if (!name.Success || name.Index != 0)
        {
            throw new FormatException($"Line {number} does not start with a metric name: {line}");
        }

        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var at = name.Length;
        if (at < line.Length && line[at] == '{')
        {
            at++;
            while (line[at] != '}')
            {
                var label = LabelName().Match(line, at);
                if (!label.Success || label.Index != at || line[at + label.Length] != '=' || line[at + label.Length + 1] != '"')
                {
                    throw new FormatException($"Line {number}: bad label at column {at + 1}: {line}");
                }

                at += label.Length + 2;
                var value = new StringBuilder();
                while (line[at] != '"')
                {
                    if (line[at] == '\\')
                    {
                        at++;
                        value.Append(line[at] switch { 'n' => '\n', '\\' => '\\', '"' => '"', _ => throw new FormatException($"Line {number}: bad escape: {line}") });
                    }
                    else
                    {
                        value.Append(line[at]);
                    }

                    at++;
                }

                labels[label.Value] = value.ToString();
                at++;
                if (line[at] == ',')
                {
                    at++;
                }
            }

            at++;
        }

        var rest = line[at..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (line[at] != ' ' || rest.Length is < 1 or > 2 || !TryValue(rest[0], out var number1) || (rest.Length == 2 && !long.TryParse(rest[1], CultureInfo.InvariantCulture, out _)))
        {
            throw new FormatException($"Line {number}: bad value or timestamp: {line}");
        }

        return new PrometheusSample(name.Value, labels, number1);
    }

    private static bool TryValue(string text, out double value)
    {
        switch (text)
        {
            case "+Inf":
                value = double.PositiveInfinity;
                return true;
            case "-Inf":
                value = double.NegativeInfinity;
                return true;
            case "NaN":
                value = double.NaN;
                return true;
            default:
                return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
        }
    }

    private static void CheckHistograms(Dictionary<string, string> types, List<PrometheusSample> samples)
    {
        foreach (var family in types.Where(t => t.Value == "histogram").Select(t => t.Key))
        {
            var series = samples.Where(s => s.Name == family + "_bucket")
                .GroupBy(s => string.Join(",", s.Labels.Where(l => l.Key != "le").OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Key}={l.Value}")));
            foreach (var buckets in series)
            {
                var ordered = buckets.Select(b => (Le: TryValue(b.Label("le") ?? "", out var le) ? le : throw new FormatException($"{family}: bucket without le."), b.Value))
                    .OrderBy(b => b.Le).ToList();
                if (!double.IsPositiveInfinity(ordered[^1].Le) || ordered.Zip(ordered.Skip(1)).Any(p => p.Second.Value < p.First.Value))
                {
                    throw new FormatException($"{family}{{{buckets.Key}}}: buckets are not cumulative up to +Inf.");
                }

                var count = samples.FirstOrDefault(s => s.Name == family + "_count"
                    && string.Join(",", s.Labels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Key}={l.Value}")) == buckets.Key);
                if (count is null || count.Value != ordered[^1].Value)
                {
                    throw new FormatException($"{family}{{{buckets.Key}}}: _count does not equal the +Inf bucket.");
                }
            }
        }
    }

    [GeneratedRegex("[a-zA-Z_:][a-zA-Z0-9_:]*")]
    private static partial Regex MetricName();

    [GeneratedRegex("[a-zA-Z_][a-zA-Z0-9_]*")]
    private static partial Regex LabelName();
}
