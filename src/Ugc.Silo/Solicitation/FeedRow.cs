using Ugc.Grains.Solicitation;

namespace Ugc.Silo.Solicitation;

/// <summary>
/// One transaction of a feed file, or a line that could not be read: the lines it spans, and the hash of the file up to
/// its last line (an import's checkpoint, so a resumed upload is known to be the same file).
/// </summary>
public sealed record FeedRow(long Line, long LastLine, string HashAfter, TransactionInput? Input, string? Error);
