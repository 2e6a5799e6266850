using System.Globalization;
using System.Text.Json;
using Ugc.Grains.Solicitation;

namespace Ugc.Silo.Solicitation;

/// <summary>
/// Reads a transaction object of the JSON API and NDJSON feeds: <c>orderId</c>, <c>email</c>, <c>name</c>,
/// <c>locale</c>, <c>purchaseDate</c>, <c>userId</c>, <c>timeZone</c>, <c>phone</c>, <c>products: [{id, name, price,
/// imageUrl}]</c>. Names match in any case; numbers and strings are both taken where a feed may send either.
/// </summary>
public static class TransactionJson
{
    public static TransactionInput Read(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("a transaction must be a JSON object.");
        }

        var input = new TransactionInput();
        foreach (var property in element.EnumerateObject())
        {
            switch (property.Name.ToLowerInvariant())
            {
                case "orderid": input.OrderId = Text(property.Value); break;
                case "email": input.Email = Text(property.Value); break;
                case "name": input.Name = Text(property.Value); break;
                case "locale": input.Locale = Text(property.Value); break;
                case "purchasedate": input.PurchaseDate = Text(property.Value); break;
                case "userid": input.UserId = Text(property.Value); break;
                case "timezone": input.TimeZone = Text(property.Value); break;
                case "phone": input.Phone = Text(property.Value); break;
                case "products": input.Products = Products(property.Value); break;
                default: break;
            }
        }

        return input;
    }

    private static List<TransactionProductInput> Products(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException("products must be an array.");
        }

        return [.. value.EnumerateArray().Select(p =>
        {
            if (p.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("each product must be an object.");
            }

            var product = new TransactionProductInput();
            foreach (var property in p.EnumerateObject())
            {
                switch (property.Name.ToLowerInvariant())
                {
                    case "id" or "productid": product.Id = Text(property.Value); break;
                    case "name": product.Name = Text(property.Value); break;
                    case "price": product.Price = Text(property.Value); break;
                    case "imageurl": product.ImageUrl = Text(property.Value); break;
                    default: break;
                }
            }

            return product;
        })];
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => throw new FormatException("expected a string or a number, not " + value.ValueKind.ToString().ToLower(CultureInfo.InvariantCulture) + "."),
    };
}
