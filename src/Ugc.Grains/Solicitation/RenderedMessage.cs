namespace Ugc.Grains.Solicitation;

/// <summary>A rendered template.</summary>
public sealed record RenderedMessage(string Subject, string Html, string Text);
