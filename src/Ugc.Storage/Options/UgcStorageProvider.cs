namespace Ugc.Storage.Options;

/// <summary>Where grain state, reminders and stream queues live.</summary>
public enum UgcStorageProvider
{
    /// <summary>In the silo's memory: lost when it stops. For tests.</summary>
    Memory,

    /// <summary>One SQLite file owned by a single silo (localhost clustering): the embedded default.</summary>
    Sqlite,

    /// <summary>A PostgreSQL database shared by the silos of a cluster: production.</summary>
    Postgres,
}
