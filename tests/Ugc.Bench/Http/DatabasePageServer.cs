using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Ugc.Contracts.Catalog;
using Ugc.Contracts.Content;
using Ugc.Contracts.Queries;
using Ugc.Silo.Content;
using Ugc.Silo.Conversations;

namespace Ugc.Bench.Http;

/// <summary>
/// The database-per-request baseline: a minimal API that answers the scenarios' requests with one indexed PostgreSQL
/// query each and writes the host's own response shapes with the host's serializer settings, so the bytes match.
/// Submissions insert the review and update the product's statistics in one statement. Started as a child process:
/// <c>serve-database PORT CONNECTION-STRING CLIENT-ID</c>.
/// </summary>
internal static class DatabasePageServer
{
    public const string Mode = "serve-database";

    private const string PageQuery = """
        SELECT p.name, p.brand, p.category, p.gtin, p.image_url, p.page_url,
               s.total, s.rating_sum, s.r1, s.r2, s.r3, s.r4, s.r5, s.recommended, s.not_recommended, s.ratings_only, s.helpful, s.not_helpful,
               s.first_time, s.last_time,
               CASE WHEN @include THEN (SELECT array_agg(x.id ORDER BY x.submitted DESC, x.id) FROM reviews x WHERE x.product_id = p.id) END,
               r.id, r.author_id, r.nickname, r.location, r.submitted, r.rating, r.title, r.body, r.recommended, r.positive, r.negative
        FROM products p JOIN product_stats s ON s.product_id = p.id
        LEFT JOIN LATERAL (SELECT * FROM reviews WHERE product_id = p.id AND rating >= @min ORDER BY {0} LIMIT @limit OFFSET @offset) r ON true
        WHERE p.id = @product
        """;

    private const string StatisticsQuery = """
        SELECT s.product_id, s.total, s.rating_sum, s.r1, s.r2, s.r3, s.r4, s.r5, s.recommended, s.not_recommended, s.ratings_only,
               s.helpful, s.not_helpful, s.first_time, s.last_time
        FROM product_stats s WHERE s.product_id = ANY(@ids)
        """;

    private const string InsertQuery = """
        WITH ins AS (
            INSERT INTO reviews (id, product_id, author_id, nickname, location, submitted, rating, title, body, recommended)
            VALUES (@id, @product, @author, @nickname, @location, now(), @rating, @title, @body, @recommended)
            RETURNING product_id, rating, recommended, submitted, length(body) < 50 AS ratings_only)
        UPDATE product_stats s SET total = total + 1, rating_sum = rating_sum + ins.rating,
            r1 = r1 + (ins.rating = 1)::int, r2 = r2 + (ins.rating = 2)::int, r3 = r3 + (ins.rating = 3)::int,
            r4 = r4 + (ins.rating = 4)::int, r5 = r5 + (ins.rating = 5)::int,
            recommended = s.recommended + (ins.recommended IS TRUE)::int, not_recommended = s.not_recommended + (ins.recommended IS FALSE)::int,
            ratings_only = s.ratings_only + ins.ratings_only::int,
            first_time = coalesce(first_time, ins.submitted), last_time = greatest(last_time, ins.submitted)
        FROM ins WHERE s.product_id = ins.product_id
        """;

    public static async Task RunAsync(string[] args)
    {
        var port = int.Parse(args[0], CultureInfo.InvariantCulture);
        var clientId = args[2];
        await using var source = NpgsqlDataSource.Create(args[1]);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(o => o.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        app.MapGet("/data/reviews.json", (HttpContext context) => ReviewsAsync(context, source, clientId));
        app.MapGet("/data/statistics.json", (HttpContext context) => StatisticsAsync(context, source));
        app.MapPost("/data/submitreview.json", (HttpContext context) => SubmitAsync(context, source));
        await app.StartAsync();
        Console.WriteLine(ChildServer.ReadyLine);
        await app.WaitForShutdownAsync();
    }

    private static async Task ReviewsAsync(HttpContext context, NpgsqlDataSource source, string clientId)
    {
        var query = Parse(context, ContentType.Reviews);
        var product = query.Filters.First(f => f.Field == "ProductId").Values[0];
        var min = query.Filters.FirstOrDefault(f => f.Field == "Rating" && f.Operator == FilterOperator.Gte) is { } gte
            ? int.Parse(gte.Values[0], CultureInfo.InvariantCulture) : 1;
        var order = query.Sorts[0].Field == "Helpfulness" ? "helpfulness DESC NULLS LAST, id" : "submitted DESC, id";
        var include = query.Includes.Any(i => i.Type == ContentType.Products);
        await using var command = source.CreateCommand(string.Format(CultureInfo.InvariantCulture, PageQuery, order));
        command.Parameters.AddWithValue("include", include);
        command.Parameters.AddWithValue("min", min);
        command.Parameters.AddWithValue("limit", query.Limit);
        command.Parameters.AddWithValue("offset", query.Offset);
        command.Parameters.AddWithValue("product", product);
        await using var reader = await command.ExecuteReaderAsync();
        ProductView? view = null;
        var page = new List<ContentResultBase>();
        var total = 0;
        while (await reader.ReadAsync())
        {
            if (view is null)
            {
                var statistics = ReadStatistics(reader, 6);
                total = min <= 1 ? statistics.TotalReviewCount : statistics.RatingDistribution.Where(c => c.RatingValue >= min).Sum(c => c.Count);
                var catalog = new CatalogProduct(product, reader.GetString(0), reader.GetString(1), reader.GetString(2), [reader.GetString(3)],
                    reader.GetString(4), reader.GetString(5));
                var ids = reader.IsDBNull(20) ? [] : reader.GetFieldValue<string[]>(20);
                view = new ProductView(clientId, catalog, ids, [], new ProductStatistics(product, statistics, statistics, Empty));
            }

            if (!reader.IsDBNull(21))
            {
                page.Add(ContentMapper.Map(Document(reader, clientId, product, view.Catalog)));
            }
        }

        var includes = new IncludesBuilder();
        if (include && view is not null)
        {
            includes.Add(ContentType.Products, [ContentMapper.Map(view, query.Stats)], p => p.Id);
        }

        await WriteAsync(context, DisplayEnvelope<ContentResultBase>.Success(query, total, page, includes.Build()));
    }

    private static async Task StatisticsAsync(HttpContext context, NpgsqlDataSource source)
    {
        var query = Parse(context, ContentType.Statistics);
        var ids = query.Filters.Where(f => f.Field == "ProductId").SelectMany(f => f.Values).Distinct(StringComparer.Ordinal).ToArray();
        await using var command = source.CreateCommand(StatisticsQuery);
        command.Parameters.AddWithValue("ids", ids);
        await using var reader = await command.ExecuteReaderAsync();
        var found = new Dictionary<string, ReviewStatistics>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            found[reader.GetString(0)] = ReadStatistics(reader, 1);
        }

        var results = ids.Where(found.ContainsKey)
            .Select(id => new StatisticsResult(new ProductStatisticsResult(id, StatisticsMapper.Map(found[id]), null, null))).ToList();
        await WriteAsync(context, DisplayEnvelope<StatisticsResult>.Success(query, results.Count, [.. results.Skip(query.Offset).Take(query.Limit)]));
    }

    private static async Task SubmitAsync(HttpContext context, NpgsqlDataSource source)
    {
        var form = await context.Request.ReadFormAsync();
        var id = Guid.NewGuid().ToString("N");
        await using var command = source.CreateCommand(InsertQuery);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("product", form["ProductId"].ToString());
        command.Parameters.AddWithValue("author", form["UserId"].ToString());
        command.Parameters.AddWithValue("nickname", form["UserNickname"].ToString());
        command.Parameters.AddWithValue("location", form["UserLocation"].ToString());
        command.Parameters.AddWithValue("rating", short.Parse(form["Rating"].ToString(), CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("title", form["Title"].ToString());
        command.Parameters.AddWithValue("body", form["ReviewText"].ToString());
        command.Parameters.AddWithValue("recommended", form["IsRecommended"] == "true");
        await command.ExecuteNonQueryAsync();
        await WriteAsync(context, new { HasErrors = false, SubmissionId = id });
    }

    private static ContentQuery Parse(HttpContext context, ContentType type) =>
        DisplayRequestParser.Parse(type, new ConversationsParameters(context.Request.Query)).Query
            ?? throw new BadHttpRequestException("The benchmark sent a request the parser refused.");

    private static ContentDocument Document(NpgsqlDataReader r, string clientId, string product, CatalogProduct catalog)
    {
        var submitted = r.GetFieldValue<DateTimeOffset>(25);
        return new ContentDocument
        {
            Id = r.GetString(21), Type = ContentType.Reviews, ClientId = clientId, SourceClient = clientId, ProductId = product,
            AuthorId = r.GetString(22), UserNickname = r.GetString(23), UserLocation = r.GetString(24), ContentLocale = "en_US",
            SubmissionTime = submitted, LastModificationTime = submitted, LastModeratedTime = submitted,
            Rating = r.GetInt16(26), Title = r.GetString(27), Text = r.GetString(28), IsRecommended = r.GetBoolean(29),
            PositiveFeedback = r.GetInt32(30), NegativeFeedback = r.GetInt32(31), CategoryId = catalog.CategoryId, OriginalProductName = catalog.Name,
        };
    }

    private static ReviewStatistics ReadStatistics(NpgsqlDataReader r, int at)
    {
        var total = r.GetInt32(at);
        int Count(int i) => r.GetInt32(at + i);
        return new ReviewStatistics(
            total == 0 ? null : Math.Round((double)r.GetInt64(at + 1) / total, 2), total, 5,
            [.. Enumerable.Range(1, 5).Select(v => new RatingCount(v, Count(1 + v))).Where(c => c.Count > 0)],
            Count(7), Count(8), Count(9), Count(10), Count(11), 0, 0,
            r.IsDBNull(at + 12) ? null : r.GetFieldValue<DateTimeOffset>(at + 12),
            r.IsDBNull(at + 13) ? null : r.GetFieldValue<DateTimeOffset>(at + 13),
            new Dictionary<string, double>(), new Dictionary<string, IReadOnlyList<ValueCount>>());
    }

    private static readonly QaStatistics Empty = new(0, 0, 0, null, null, null, null);

    private static async Task WriteAsync(HttpContext context, object payload)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(payload, payload.GetType(), ConversationsJson.Options);
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body);
    }
}
