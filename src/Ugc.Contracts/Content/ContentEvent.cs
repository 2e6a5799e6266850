namespace Ugc.Contracts.Content;

/// <summary>What happened to a piece of content.</summary>
[GenerateSerializer, Alias("ugc.content-event-kind")]
public enum ContentEventKind
{
    /// <summary>Visible: approved, or updated while approved (feedback, a response).</summary>
    Published,

    /// <summary>No longer visible: rejected after approval, held again, removed or erased.</summary>
    Withdrawn,
}

/// <summary>
/// An event on the <c>content-events</c> stream (key: <c>clientId/productId</c>): the product grain updates its
/// read model and statistics from it.
/// </summary>
/// <param name="Kind">Published or withdrawn.</param>
/// <param name="Document">The content as reads see it.</param>
/// <param name="AcknowledgedAt">When the submission was acknowledged, for the submit-to-visible lag.</param>
[GenerateSerializer, Immutable, Alias("ugc.content-event")]
public sealed record ContentEvent(
    [property: Id(0)] ContentEventKind Kind,
    [property: Id(1)] ContentDocument Document,
    [property: Id(2)] DateTimeOffset AcknowledgedAt);

/// <summary>Stream namespaces of the pipeline.</summary>
public static class StreamNames
{
    /// <summary>The stream provider every pipeline stream uses.</summary>
    public const string Provider = "pipeline";

    /// <summary>
    /// Submissions awaiting moderation; key: a partition (<c>0</c> to N-1), each stored batch holding the submissions a
    /// silo accepted at once. Older builds keyed it by content id; such events are still dispatched.
    /// </summary>
    public const string Submissions = "submissions";

    /// <summary>Moderation outcomes and updates; key: <c>clientId/productId</c>.</summary>
    public const string ContentEvents = "content-events";

    /// <summary>Analytics events for the anomaly model; key: client id.</summary>
    public const string Analytics = "analytics";
}
