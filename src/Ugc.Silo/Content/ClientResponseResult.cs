namespace Ugc.Silo.Content;

/// <summary>A brand's public answer to a piece of content.</summary>
/// <param name="ResponseSource">Where the response was written; null because responses come in through one admin endpoint.</param>
/// <param name="ResponseMarkup">The response as HTML paragraphs (the text, HTML-encoded).</param>
public sealed record ClientResponseResult(
    string Name, string? Department, string Response, string ResponseType, string? ResponseSource, IReadOnlyList<string> ResponseMarkup, DateTimeOffset Date);
