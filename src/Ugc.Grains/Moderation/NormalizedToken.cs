namespace Ugc.Grains.Moderation;

/// <summary>
/// One word of normalized text. <see cref="Forms"/> holds every plausible de-obfuscated spelling
/// (a '1' may be an 'i' or an 'l'; "sooo" may be "so" or "soo"), the first being <see cref="Text"/>.
/// </summary>
/// <param name="Text">The canonical spelling, used for hashing and classification.</param>
/// <param name="Forms">All candidate spellings, <see cref="Text"/> first; used for matching.</param>
/// <param name="Masked">True when the word hides letters behind '*' ("f*ck"), which then act as wildcards.</param>
public sealed record NormalizedToken(string Text, IReadOnlyList<string> Forms, bool Masked);
