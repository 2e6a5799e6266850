using Ugc.Grains.Solicitation;

namespace Ugc.Grains.Tests.Solicitation;

public sealed class TransactionValidatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 4, 8, 0, 0, TimeSpan.Zero);

    private static TransactionInput Valid() => new()
    {
        OrderId = "o-1", Email = " Ada@Shop.example ", Name = "Ada", Locale = "en_us", PurchaseDate = "2026-05-01T10:00:00+02:00",
        Products = [new() { Id = "kettle", Price = "12.50" }],
    };

    [Fact]
    public void A_valid_transaction_becomes_a_record_with_trimmed_values()
    {
        var (record, error) = TransactionValidator.Validate(Valid(), Now);
        Assert.Null(error);
        Assert.Equal("Ada@Shop.example", record!.Email);
        Assert.Equal("en_US", record.Locale);
        Assert.Equal(TimeSpan.FromHours(2), record.PurchasedAt.Offset);
        Assert.Equal(12.50m, record.Products[0].Price);
    }

    [Theory]
    [InlineData("email", "not-an-address", "email")]
    [InlineData("email", "a@b", "email")]
    [InlineData("orderId", "", "orderId")]
    [InlineData("purchaseDate", "yesterday", "purchaseDate")]
    [InlineData("purchaseDate", "2027-05-01", "future")]
    [InlineData("locale", "english", "locale")]
    [InlineData("timeZone", "Mars/Olympus", "timeZone")]
    [InlineData("userId", "a b", "userId")]
    [InlineData("price", "-1", "price")]
    [InlineData("productId", "", "products[0].id")]
    public void A_bad_field_is_named_in_the_error(string field, string value, string named)
    {
        var input = Valid();
        switch (field)
        {
            case "email": input.Email = value; break;
            case "orderId": input.OrderId = value; break;
            case "purchaseDate": input.PurchaseDate = value; break;
            case "locale": input.Locale = value; break;
            case "timeZone": input.TimeZone = value; break;
            case "userId": input.UserId = value; break;
            case "price": input.Products![0].Price = value; break;
            default: input.Products![0].Id = value; break;
        }

        var (record, error) = TransactionValidator.Validate(input, Now);
        Assert.Null(record);
        Assert.Contains(named, error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_order_needs_between_one_and_fifty_products()
    {
        var input = Valid();
        input.Products = [];
        Assert.Contains("products", TransactionValidator.Validate(input, Now).Error, StringComparison.Ordinal);
        input.Products = [.. Enumerable.Range(0, 51).Select(i => new TransactionProductInput { Id = "p" + i })];
        Assert.Contains("products", TransactionValidator.Validate(input, Now).Error, StringComparison.Ordinal);
    }
}
