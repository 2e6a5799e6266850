namespace Ugc.Grains.Catalog;

/// <summary>
/// The kinds of a product's GTINs, for the <c>EANs</c>, <c>UPCs</c> and <c>ISBNs</c> of products and their query
/// fields alike: 12 digits are a UPC, 10 digits or 13 starting 978/979 an ISBN, other 8, 13 or 14 digits an EAN.
/// </summary>
public static class ProductCodes
{
    public static IReadOnlyList<string> Isbns(IEnumerable<string> gtins) => [.. gtins.Where(IsIsbn)];

    public static IReadOnlyList<string> Upcs(IEnumerable<string> gtins) => [.. gtins.Where(g => g.Length == 12)];

    public static IReadOnlyList<string> Eans(IEnumerable<string> gtins) => [.. gtins.Where(g => g.Length is 8 or 13 or 14 && !IsIsbn(g))];

    private static bool IsIsbn(string gtin) =>
        gtin.Length == 10 || (gtin.Length == 13 && (gtin.StartsWith("978", StringComparison.Ordinal) || gtin.StartsWith("979", StringComparison.Ordinal)));
}
