using System.Text;

namespace Ugc.Silo.Conversations;

/// <summary>
/// Splitting and unescaping of <c>Filter</c>/<c>Sort</c> text: <c>\,</c> and <c>\:</c> are literal
/// separators; a backslash before anything else is kept as written.
/// </summary>
internal static class FilterSyntax
{
    /// <summary>Splits on unescaped <paramref name="separator"/>, at most <paramref name="maxParts"/> parts; parts stay escaped.</summary>
    public static List<string> Split(string text, char separator, int maxParts = int.MaxValue)
    {
        var parts = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length && parts.Count < maxParts - 1; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && IsEscapable(text[i + 1]))
            {
                i++;
            }
            else if (text[i] == separator)
            {
                parts.Add(text[start..i]);
                start = i + 1;
            }
        }

        parts.Add(text[start..]);
        return parts;
    }

    /// <summary>Removes the escapes of <c>,</c> and <c>:</c>.</summary>
    public static string Unescape(string text)
    {
        if (!text.Contains('\\', StringComparison.Ordinal))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && IsEscapable(text[i + 1]))
            {
                i++;
            }

            builder.Append(text[i]);
        }

        return builder.ToString();
    }

    private static bool IsEscapable(char c) => c is ',' or ':';
}
