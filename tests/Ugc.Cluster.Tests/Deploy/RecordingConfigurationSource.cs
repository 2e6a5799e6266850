using Microsoft.Extensions.Configuration;

namespace Ugc.Cluster.Tests.Deploy;

/// <summary>
/// A configuration source that holds nothing and records every key asked of it: added last, it is asked first
/// for every lookup, so it sees which keys the host reads (and which sections it binds).
/// </summary>
public sealed class RecordingConfigurationSource : IConfigurationSource
{
    public HashSet<string> Keys { get; } = new(StringComparer.OrdinalIgnoreCase);

    public HashSet<string> Sections { get; } = new(StringComparer.OrdinalIgnoreCase);

    public IConfigurationProvider Build(IConfigurationBuilder builder) => new Provider(this);

    /// <summary>Whether the host reads <paramref name="key"/> (a configuration path, <c>A:B:C</c>): asked for it, or binds a section above it.</summary>
    public bool Reads(string key)
    {
        lock (Keys)
        {
            return Keys.Contains(key) || Sections.Any(s => s.Length > 0 && key.StartsWith(s + ":", StringComparison.OrdinalIgnoreCase));
        }
    }

    private sealed class Provider(RecordingConfigurationSource source) : ConfigurationProvider
    {
        public override bool TryGet(string key, out string? value)
        {
            lock (source.Keys)
            {
                source.Keys.Add(key);
            }

            value = null;
            return false;
        }

        public override IEnumerable<string> GetChildKeys(IEnumerable<string> earlierKeys, string? parentPath)
        {
            lock (source.Keys)
            {
                source.Sections.Add(parentPath ?? "");
            }

            return earlierKeys;
        }
    }
}
