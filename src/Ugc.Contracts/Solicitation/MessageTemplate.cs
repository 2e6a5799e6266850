namespace Ugc.Contracts.Solicitation;

/// <summary>A Liquid template of one locale: subject, HTML and plain-text bodies.</summary>
/// <param name="Subject">The subject line (Liquid, rendered as text).</param>
/// <param name="Html">The HTML body (Liquid; values are HTML-encoded).</param>
/// <param name="Text">The plain-text body (Liquid), also the webhook's message text.</param>
[GenerateSerializer, Immutable, Alias("ugc.solicitation-template")]
public sealed record MessageTemplate(
    [property: Id(0)] string Subject,
    [property: Id(1)] string Html,
    [property: Id(2)] string Text);
