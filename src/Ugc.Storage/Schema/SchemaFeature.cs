namespace Ugc.Storage.Schema;

/// <summary>The feature scripts of <c>deploy/sql/&lt;dialect&gt;/</c>; the query table (<c>main.sql</c>) always comes first.</summary>
[Flags]
internal enum SchemaFeature
{
    None = 0,
    Persistence = 1,
    Reminders = 2,
    Streaming = 4,
    Clustering = 8,
}
