namespace Ugc.Silo.Solicitation;

/// <summary>The per-client feed inboxes the silo watches; bound from <c>Ugc:Solicitation:Inbox</c>.</summary>
public sealed class InboxOptions
{
    public const string SectionName = "Ugc:Solicitation:Inbox";

    /// <summary>
    /// The folder holding one folder per client: files dropped into <c>&lt;root&gt;/&lt;clientId&gt;/inbox/</c> are
    /// imported, then moved to <c>&lt;root&gt;/&lt;clientId&gt;/backup/</c> with a timestamp in the name. Off when empty.
    /// </summary>
    /// <value>The default is none (no inbox watched).</value>
    public string? Root { get; set; }

    /// <summary>How often the inboxes are looked at.</summary>
    /// <value>The default is 30 seconds.</value>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a file must stay unchanged before it is taken (so a file still being written is left alone).</summary>
    /// <value>The default is 5 seconds.</value>
    public TimeSpan SettleTime { get; set; } = TimeSpan.FromSeconds(5);
}
