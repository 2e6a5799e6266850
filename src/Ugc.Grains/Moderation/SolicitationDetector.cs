using System.Text.RegularExpressions;

namespace Ugc.Grains.Moderation;

/// <summary>
/// Finds contact details and links in submitted text: e-mail addresses, phone numbers, URLs and bare
/// domains, plain or disguised. Reviews that carry them are usually solicitation or spam.
/// </summary>
public static class SolicitationDetector
{
    private const int MinPhoneDigits = 10;
    private const int MaxPhoneDigits = 15;

    private static readonly RecentTextMemo<IReadOnlyList<SolicitationFinding>> s_recent = new(256, DetectInText);

    /// <summary>Findings in order of appearance; a span is reported once, as its most specific kind (the list is shared: never change it).</summary>
    /// <exception cref="RegexMatchTimeoutException">Hostile input defeated the matching time limit; treat the text as suspect.</exception>
    public static IReadOnlyList<SolicitationFinding> Detect(string? text) => string.IsNullOrWhiteSpace(text) ? [] : s_recent.Get(text);

    private static IReadOnlyList<SolicitationFinding> DetectInText(string text)
    {
        var folded = TextNormalizer.Fold(text);
        var candidates = new List<(int Start, int End, int Priority, SolicitationFinding Finding)>();

        // Lower priority numbers win where spans overlap: an e-mail's domain is not also a domain.
        Collect(candidates, folded, SolicitationPatterns.Email(), 0, SolicitationKind.Email, obfuscated: false);
        Collect(candidates, folded, SolicitationPatterns.BracketedEmail(), 1, SolicitationKind.Email, obfuscated: true);
        Collect(candidates, folded, SolicitationPatterns.SpelledEmail(), 1, SolicitationKind.Email, obfuscated: true);
        Collect(candidates, folded, SolicitationPatterns.HandleAtWebmail(), 1, SolicitationKind.Email, obfuscated: true, LooksLikeHandle);
        Collect(candidates, folded, SolicitationPatterns.Url(), 2, SolicitationKind.Url, obfuscated: false);
        Collect(candidates, folded, SolicitationPatterns.SpelledUrl(), 3, SolicitationKind.Url, obfuscated: true);
        CollectPhones(candidates, folded);
        Collect(candidates, folded, SolicitationPatterns.Domain(), 5, SolicitationKind.Domain, obfuscated: false);
        Collect(candidates, folded, SolicitationPatterns.SpelledDomain(), 6, SolicitationKind.Domain, obfuscated: true);

        var accepted = new List<(int Start, int End, SolicitationFinding Finding)>();
        foreach (var candidate in candidates.OrderBy(c => c.Priority).ThenBy(c => c.Start))
        {
            if (!accepted.Any(a => a.Start < candidate.End && candidate.Start < a.End))
            {
                accepted.Add((candidate.Start, candidate.End, candidate.Finding));
            }
        }

        return [.. accepted.OrderBy(a => a.Start).Select(a => a.Finding)];
    }

    private static void Collect(
        List<(int, int, int, SolicitationFinding)> candidates, string text, Regex regex, int priority, SolicitationKind kind, bool obfuscated,
        Func<string, bool>? accept = null)
    {
        foreach (Match match in regex.Matches(text))
        {
            if (accept is not null && !accept(match.Value))
            {
                continue;
            }

            var value = match.Value.TrimEnd('.', ',', ';', ':', '!', '?', ')', ']');
            candidates.Add((match.Index, match.Index + value.Length, priority, new SolicitationFinding(kind, value, obfuscated)));
        }
    }

    // "john.doe77 at gmail" is a handle; "looked at gmail" is prose.
    private static bool LooksLikeHandle(string match) =>
        match.TakeWhile(c => !char.IsWhiteSpace(c)).Any(c => char.IsDigit(c) || c is '.' or '_' or '-');

    private static void CollectPhones(List<(int, int, int, SolicitationFinding)> candidates, string text)
    {
        foreach (Match match in SolicitationPatterns.PhoneCandidate().Matches(text))
        {
            var value = match.Value.Trim();
            var digits = value.Count(char.IsDigit);
            var isLocalUs = digits == 7 && value.Length == 8 && value[3] is '-' or '.';
            var isDate = SolicitationPatterns.DateLike().IsMatch(value);
            if (!isDate && (digits is >= MinPhoneDigits and <= MaxPhoneDigits || isLocalUs))
            {
                candidates.Add((match.Index, match.Index + match.Length, 4, new SolicitationFinding(SolicitationKind.Phone, value, Obfuscated: false)));
            }
        }
    }
}
