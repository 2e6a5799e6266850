namespace Ugc.Grains.Submissions;

/// <summary>Validates locales of the form <c>en_US</c>: a 2-3 letter language, underscore, 2 letter country.</summary>
public static class LocaleFormat
{
    /// <summary>Normalizes <c>EN_us</c> to <c>en_US</c>; false for anything else (<c>en-US</c>, <c>english</c>).</summary>
    public static bool TryNormalize(string value, out string locale)
    {
        locale = "";
        var parts = value.Trim().Split('_');
        if (parts.Length != 2
            || parts[0].Length is < 2 or > 3
            || parts[1].Length != 2
            || !parts[0].All(char.IsAsciiLetter)
            || !parts[1].All(char.IsAsciiLetter))
        {
            return false;
        }

        locale = $"{parts[0].ToLowerInvariant()}_{parts[1].ToUpperInvariant()}";
        return true;
    }
}
