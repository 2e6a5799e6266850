using Ugc.Contracts.Content;

namespace Ugc.Grains.Catalog;

/// <summary>A document's display strings: what only showing it needs, held compressed (<see cref="DisplayBlock"/>).</summary>
public readonly record struct DisplayText(string? Title, string? Text, string? Details, string? UserNickname)
{
    public static DisplayText Of(ContentDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new DisplayText(document.Title, document.Text, document.Details, document.UserNickname);
    }

    /// <summary>Whether every search term occurs in the title, the text or the details (ignoring case), as search reads them.</summary>
    public bool Contains(IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        foreach (var term in terms)
        {
            if (!Has(Title, term) && !Has(Text, term) && !Has(Details, term))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Has(string? text, string term) => text?.Contains(term, StringComparison.OrdinalIgnoreCase) == true;
}
