using Npgsql;
using NpgsqlTypes;

namespace Ugc.Bench.Http;

/// <summary>
/// The database-per-request baseline's data: the brand's products, the reviews the host accepted (with their votes),
/// and per-product statistics kept in a table, as a conventional API on PostgreSQL would hold them; indexed for
/// each page the scenarios ask (newest first, most helpful first).
/// </summary>
internal static class DatabaseCatalog
{
    private const string Schema = """
        CREATE TABLE products (id text PRIMARY KEY, name text NOT NULL, brand text, category text, gtin text, image_url text, page_url text);
        CREATE TABLE reviews (
            id text PRIMARY KEY, product_id text NOT NULL, author_id text NOT NULL, nickname text, location text,
            submitted timestamptz NOT NULL, rating smallint NOT NULL, title text, body text, recommended boolean,
            positive int NOT NULL DEFAULT 0, negative int NOT NULL DEFAULT 0,
            helpfulness double precision GENERATED ALWAYS AS (CASE WHEN positive + negative = 0 THEN NULL ELSE positive::float8 / (positive + negative) END) STORED);
        CREATE INDEX reviews_newest ON reviews (product_id, submitted DESC, id);
        CREATE INDEX reviews_helpful ON reviews (product_id, helpfulness DESC NULLS LAST, id);
        CREATE TABLE product_stats (
            product_id text PRIMARY KEY, total int NOT NULL, rating_sum bigint NOT NULL,
            r1 int NOT NULL, r2 int NOT NULL, r3 int NOT NULL, r4 int NOT NULL, r5 int NOT NULL,
            recommended int NOT NULL, not_recommended int NOT NULL, ratings_only int NOT NULL,
            helpful int NOT NULL, not_helpful int NOT NULL, first_time timestamptz, last_time timestamptz);
        """;

    private const string Statistics = """
        INSERT INTO product_stats
        SELECT p.id, count(r.id), coalesce(sum(r.rating), 0),
               count(*) FILTER (WHERE r.rating = 1), count(*) FILTER (WHERE r.rating = 2), count(*) FILTER (WHERE r.rating = 3),
               count(*) FILTER (WHERE r.rating = 4), count(*) FILTER (WHERE r.rating = 5),
               count(*) FILTER (WHERE r.recommended), count(*) FILTER (WHERE NOT r.recommended), count(*) FILTER (WHERE length(r.body) < 50),
               coalesce(sum(r.positive), 0), coalesce(sum(r.negative), 0), min(r.submitted), max(r.submitted)
        FROM products p LEFT JOIN reviews r ON r.product_id = p.id GROUP BY p.id;
        ANALYZE;
        """;

    public static async Task LoadAsync(string connectionString, BenchCatalog catalog)
    {
        await using var source = NpgsqlDataSource.Create(connectionString);
        await using (var create = source.CreateCommand(Schema))
        {
            await create.ExecuteNonQueryAsync();
        }

        await using var connection = await source.OpenConnectionAsync();
        await using (var products = await connection.BeginBinaryImportAsync(
            "COPY products (id, name, brand, category, gtin, image_url, page_url) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var id in catalog.ProductIds)
            {
                var n = int.Parse(id[1..], System.Globalization.CultureInfo.InvariantCulture);
                await products.WriteRowAsync(default, id, $"Bench product {id}", "BenchCo", $"cat-{n % 20:D2}", $"4{n:D13}",
                    $"https://img.example.com/{id}.jpg", $"https://www.example.com/products/{id}");
            }

            await products.CompleteAsync();
        }

        await using (var reviews = await connection.BeginBinaryImportAsync(
            "COPY reviews (id, product_id, author_id, nickname, location, submitted, rating, title, body, recommended, positive, negative) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var r in catalog.Reviews)
            {
                var (positive, negative) = catalog.Votes.GetValueOrDefault(r.Id);
                await reviews.StartRowAsync();
                await reviews.WriteAsync(r.Id);
                await reviews.WriteAsync(r.ProductId);
                await reviews.WriteAsync(r.AuthorId);
                await reviews.WriteAsync(r.Nickname);
                await reviews.WriteAsync("Denver, CO");
                await reviews.WriteAsync(r.SubmittedAt, NpgsqlDbType.TimestampTz);
                await reviews.WriteAsync((short)r.Rating);
                await reviews.WriteAsync(r.Title);
                await reviews.WriteAsync(r.Text);
                await reviews.WriteAsync(r.Rating >= 4);
                await reviews.WriteAsync(positive);
                await reviews.WriteAsync(negative);
            }

            await reviews.CompleteAsync();
        }

        await using var statistics = new NpgsqlCommand(Statistics, connection);
        await statistics.ExecuteNonQueryAsync();
    }
}
