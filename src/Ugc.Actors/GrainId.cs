namespace Ugc.Actors;

/// <summary>Identifies one grain: its type name and its key. The logical address every call targets.</summary>
public readonly record struct GrainId(string Type, string Key)
{
    /// <summary>A stable 64-bit hash (FNV-1a over type and key) used by placement; identical on every silo and run.</summary>
    public ulong StableHash => StableHashing.Combine(StableHashing.Hash(Type), StableHashing.Hash(Key));

    /// <summary>Parses the <c>type/key</c> form produced by <see cref="ToString"/>.</summary>
    public static GrainId Parse(string value)
    {
        var slash = value.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0)
        {
            throw new FormatException($"'{value}' is not a grain id of the form type/key.");
        }

        return new GrainId(value[..slash], value[(slash + 1)..]);
    }

    public override string ToString() => $"{Type}/{Key}";
}
