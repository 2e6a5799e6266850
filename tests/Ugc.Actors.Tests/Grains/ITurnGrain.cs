namespace Ugc.Actors.Tests.Grains;

/// <summary>Calls that wait on gates, to observe admission and interleaving.</summary>
public interface ITurnOperations : IGrainWithStringKey
{
    /// <summary>Logs entry, waits for the gate, logs exit.</summary>
    Task WaitAsync(string gate);

    /// <summary>The same, read-only.</summary>
    [ReadOnly]
    Task ReadAsync(string gate);

    /// <summary>Entries so far, admitted even while another call waits.</summary>
    [AlwaysInterleave]
    Task<IReadOnlyList<string>> EnteredAsync();

    /// <summary>Checks that no other code of this activation ran between two awaits.</summary>
    Task<bool> ExclusiveAsync(int yields);
}

/// <summary>The operations on a non-reentrant class.</summary>
public interface ITurnGrain : ITurnOperations;

/// <summary>The same operations on a reentrant class.</summary>
public interface IReentrantTurnGrain : ITurnOperations;
