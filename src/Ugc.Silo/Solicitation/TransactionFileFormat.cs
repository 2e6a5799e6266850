namespace Ugc.Silo.Solicitation;

/// <summary>The feed file formats.</summary>
public enum TransactionFileFormat
{
    /// <summary>Comma-separated, a header line, one row per order line; rows of one order follow each other.</summary>
    Csv,

    /// <summary>One JSON transaction per line.</summary>
    Ndjson,
}
