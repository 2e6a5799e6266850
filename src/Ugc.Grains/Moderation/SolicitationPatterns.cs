using System.Text.RegularExpressions;

namespace Ugc.Grains.Moderation;

/// <summary>The expressions behind <see cref="SolicitationDetector"/>, run on folded (lower-case) text.</summary>
internal static partial class SolicitationPatterns
{
    // Bounded quantifiers and a timeout keep hostile input from making matching slow.
    private const int TimeoutMs = 2000; // a bound against runaway input, with room for a loaded machine

    private const string Webmail = "gmail|googlemail|yahoo|hotmail|outlook|aol|icloud|protonmail|proton|gmx|yandex|live|msn|zoho|mail";
    private const string Tld = "com|net|org|io|co|biz|info|shop|store|xyz|online|site|top|club|app|me|ly|gl|tk|ws|cc|tv|link|click|live|vip|uk|de|fr|ru|cn|nl|es|ca|au";
    private const string At = @"(?:[(\[{<]\s{0,2}(?:at|@)\s{0,2}[)\]}>])";
    private const string Dot = @"(?:\s{0,3}[(\[{<]\s{0,2}(?:dot|\.)\s{0,2}[)\]}>]\s{0,3}|\s{1,3}dot\s{1,3}|\s{0,2}\.\s{0,2})";

    [GeneratedRegex(@"[a-z0-9][a-z0-9._%+-]{0,63}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,4}\.[a-z]{2,12}", RegexOptions.None, TimeoutMs)]
    public static partial Regex Email();

    // "name (at) example (dot) com": a bracketed "at" is never ordinary prose.
    [GeneratedRegex(@"[a-z0-9][a-z0-9._%+-]{0,63}\s{0,3}" + At + @"\s{0,3}[a-z0-9-]{1,63}" + Dot + @"[a-z]{2,12}\b", RegexOptions.None, TimeoutMs)]
    public static partial Regex BracketedEmail();

    // "name at gmail dot com": a bare "at" needs a webmail provider, or "bought it at target" would match.
    [GeneratedRegex(@"\b[a-z0-9][a-z0-9._%+-]{0,63}\s{1,3}(?:at|@)\s{1,3}(?:" + Webmail + ")" + Dot + @"(?:com|net|org|co\.uk|de|fr|ru|me)\b", RegexOptions.None, TimeoutMs)]
    public static partial Regex SpelledEmail();

    // "john.doe77 at gmail": no domain suffix, so the handle must look like one (digits or dots,
    // checked by the caller: a single character class here avoids quadratic backtracking).
    [GeneratedRegex(@"\b[a-z0-9._-]{2,64}\s{1,3}at\s{1,3}(?:" + Webmail + @")\b", RegexOptions.None, TimeoutMs)]
    public static partial Regex HandleAtWebmail();

    // Digit runs with phone separators; the digit count decides afterwards.
    [GeneratedRegex(@"\+?\(?\d(?:[\s().-]{0,2}\d){6,18}", RegexOptions.None, TimeoutMs)]
    public static partial Regex PhoneCandidate();

    // "2024-05-12 14" is a date and an hour, not a phone number.
    [GeneratedRegex(@"^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})(?:\D|$)", RegexOptions.None, TimeoutMs)]
    public static partial Regex DateLike();

    [GeneratedRegex(@"(?:https?|ftp)://[^\s<>""']{1,2000}|\bwww\.[^\s<>""']{1,2000}", RegexOptions.None, TimeoutMs)]
    public static partial Regex Url();

    // "h t t p", "h.t.t.p.s", "hxxp://", "h**p://", "www dot example".
    [GeneratedRegex(@"\bh[\s.*_-]{1,3}t[\s.*_-]{1,3}t[\s.*_-]{1,3}p(?:[\s.*_-]{1,3}s)?\b|\bh(?:xx|\*\*|tt)ps?\s{0,2}(?::|colon)\s{0,2}(?:/|slash)|\bw\s{0,2}w\s{0,2}w\s{0,3}(?:\(dot\)|\[dot\]|dot)\s{0,3}[a-z0-9-]{2,63}", RegexOptions.None, TimeoutMs)]
    public static partial Regex SpelledUrl();

    [GeneratedRegex(@"\b[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?){0,4}\.(?:" + Tld + @")\b", RegexOptions.None, TimeoutMs)]
    public static partial Regex Domain();

    // "example dot com", "example (dot) net", "example . com".
    [GeneratedRegex(@"\b[a-z0-9][a-z0-9-]{1,62}(?:\s{0,3}(?:\(dot\)|\[dot\]|\{dot\})\s{0,3}|\s{1,3}dot\s{1,3}|\s{1,2}\.\s{0,2}|\s{0,2}\.\s{1,2})(?:com|net|org|io|biz|info|shop|store|xyz|online|site|ly)\b", RegexOptions.None, TimeoutMs)]
    public static partial Regex SpelledDomain();
}
