using System.Globalization;
using System.Net.Mail;
using Ugc.Contracts.Solicitation;

namespace Ugc.Grains.Solicitation;

/// <summary>Validates a feed's transaction: the record to store, or one message naming the first bad field.</summary>
public static class TransactionValidator
{
    public const int MaxProducts = 50;

    public static (TransactionRecord? Record, string? Error) Validate(TransactionInput input, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(input);
        var orderId = input.OrderId?.Trim();
        if (!IsId(orderId, 100))
        {
            return Fail("orderId is required: 1-100 characters, no spaces or control characters.");
        }

        var email = input.Email?.Trim();
        if (!IsEmail(email))
        {
            return Fail("email is not a valid e-mail address.");
        }

        if (!DateTimeOffset.TryParse(input.PurchaseDate, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var purchased))
        {
            return Fail("purchaseDate must be an ISO 8601 date or time (2026-05-01T14:03:00+02:00).");
        }

        if (purchased > now.AddDays(1) || purchased < now.AddDays(-400))
        {
            return Fail("purchaseDate lies in the future or more than 400 days back.");
        }

        string? locale = null;
        if (!string.IsNullOrWhiteSpace(input.Locale) && !Submissions.LocaleFormat.TryNormalize(input.Locale.Trim(), out locale))
        {
            return Fail("locale must look like en_US.");
        }

        if (input.Name is { Length: > 200 } || input.Phone is { Length: > 32 } || input.TimeZone is { Length: > 64 })
        {
            return Fail("name (200), phone (32) or timeZone (64) is too long.");
        }

        if (!string.IsNullOrWhiteSpace(input.TimeZone) && !ShopperZone.TryFind(input.TimeZone, out _))
        {
            return Fail($"timeZone '{input.TimeZone}' is not an IANA time zone such as Europe/Berlin.");
        }

        var userId = string.IsNullOrWhiteSpace(input.UserId) ? null : input.UserId.Trim();
        if (userId is not null && !(userId.Length <= 100 && userId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')))
        {
            return Fail("userId must be letters, digits, '-' or '_' (up to 100).");
        }

        if (input.Products is not { Count: > 0 and <= MaxProducts } products)
        {
            return Fail($"products must hold 1 to {MaxProducts} products.");
        }

        var list = new List<TransactionProduct>(products.Count);
        for (var i = 0; i < products.Count; i++)
        {
            var (product, error) = Product(products[i], i);
            if (error is not null)
            {
                return Fail(error);
            }

            list.Add(product!);
        }

        return (new TransactionRecord(orderId!, email!, Blank(input.Name), locale, purchased, list, userId, Blank(input.TimeZone), Blank(input.Phone)), null);
    }

    private static (TransactionProduct?, string?) Product(TransactionProductInput p, int index)
    {
        var id = p.Id?.Trim();
        if (!IsId(id, 100) || !id!.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            return (null, $"products[{index}].id is required: letters, digits, '-', '_' or '.'.");
        }

        decimal? price = null;
        if (!string.IsNullOrWhiteSpace(p.Price))
        {
            if (!decimal.TryParse(p.Price, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) || value < 0)
            {
                return (null, $"products[{index}].price must be a number of at least 0.");
            }

            price = value;
        }

        if (p.Name is { Length: > 300 })
        {
            return (null, $"products[{index}].name is longer than 300 characters.");
        }

        if (!string.IsNullOrWhiteSpace(p.ImageUrl) && !IsHttpUrl(p.ImageUrl))
        {
            return (null, $"products[{index}].imageUrl must be an absolute http or https URL.");
        }

        return (new TransactionProduct(id!, Blank(p.Name), price, Blank(p.ImageUrl)), null);
    }

    public static bool IsHttpUrl(string? text) =>
        Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && text!.Length <= 2000;

    public static bool IsEmail(string? text)
    {
        if (text is not { Length: >= 3 and <= 254 } || text.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)) || !text.Contains('@', StringComparison.Ordinal))
        {
            return false;
        }

        return MailAddress.TryCreate(text, out var address) && address.Address == text && address.Host.Contains('.', StringComparison.Ordinal);
    }

    private static bool IsId(string? id, int max) =>
        id is { Length: > 0 } && id.Length <= max && !id.Any(c => char.IsWhiteSpace(c) || char.IsControl(c));

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static (TransactionRecord?, string?) Fail(string error) => (null, error);
}
