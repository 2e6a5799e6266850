namespace Ugc.Actors.Runtime;

/// <summary>An immutable list of the grains a call passed through, newest first; appending shares the tail.</summary>
internal sealed class CallChain(GrainId grainId, CallChain? parent)
{
    public GrainId GrainId { get; } = grainId;

    public CallChain? Parent { get; } = parent;

    public bool Contains(GrainId grainId)
    {
        for (var node = this; node is not null; node = node.Parent)
        {
            if (node.GrainId == grainId)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Oldest first, as people read a chain.</summary>
    public List<string> ToList()
    {
        var list = new List<string>();
        for (var node = this; node is not null; node = node.Parent)
        {
            list.Add(node.GrainId.ToString());
        }

        list.Reverse();
        return list;
    }

    public static CallChain? FromList(IReadOnlyList<string>? ids)
    {
        CallChain? chain = null;
        if (ids is null)
        {
            return null;
        }

        foreach (var id in ids)
        {
            chain = new CallChain(GrainId.Parse(id), chain);
        }

        return chain;
    }
}
