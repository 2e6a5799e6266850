namespace Ugc.Grains.Solicitation;

/// <summary>A transaction as a feed sent it (a JSON object or a CSV row), before validation.</summary>
public sealed class TransactionInput
{
    public string? OrderId { get; set; }

    public string? Email { get; set; }

    public string? Name { get; set; }

    public string? Locale { get; set; }

    public string? PurchaseDate { get; set; }

    public string? UserId { get; set; }

    public string? TimeZone { get; set; }

    public string? Phone { get; set; }

    public List<TransactionProductInput>? Products { get; set; }
}

/// <summary>A product of a <see cref="TransactionInput"/>.</summary>
public sealed class TransactionProductInput
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Price { get; set; }

    public string? ImageUrl { get; set; }
}
