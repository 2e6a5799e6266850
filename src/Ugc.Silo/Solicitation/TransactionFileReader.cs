using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Ugc.Contracts;
using Ugc.Grains.Solicitation;

namespace Ugc.Silo.Solicitation;

/// <summary>
/// Streams a feed file into <see cref="FeedRow"/>s without holding it: NDJSON line by line; CSV by header, with the
/// consecutive rows of one order merged into one transaction. Every physical line goes into a running SHA-256.
/// </summary>
public sealed class TransactionFileReader : IDisposable
{
    private const int MaxRecordChars = 64 * 1024;
    private const int MaxLinesPerRecord = 20;

    private static readonly Dictionary<string, string> s_columns = new(StringComparer.Ordinal)
    {
        ["orderid"] = "orderid", ["email"] = "email", ["name"] = "name", ["locale"] = "locale",
        ["purchasedate"] = "purchasedate", ["userid"] = "userid", ["timezone"] = "timezone", ["phone"] = "phone",
        ["productid"] = "productid", ["productname"] = "productname", ["price"] = "price", ["imageurl"] = "imageurl",
    };

    private readonly StreamReader _reader;
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly Stack<string> _pushback = new();
    private long _line;

    public TransactionFileReader(Stream stream) => _reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024);

    /// <summary>The rows of the file; a CSV without the required columns throws <see cref="ValidationException"/>.</summary>
    public IAsyncEnumerable<FeedRow> ReadAsync(TransactionFileFormat format, CancellationToken cancellationToken) =>
        format == TransactionFileFormat.Csv ? CsvAsync(cancellationToken) : NdjsonAsync(cancellationToken);

    public void Dispose()
    {
        _reader.Dispose();
        _hash.Dispose();
    }

    private async IAsyncEnumerable<FeedRow> NdjsonAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (await NextLineAsync(cancellationToken) is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            TransactionInput? input = null;
            string? error = null;
            try
            {
                using var document = JsonDocument.Parse(line);
                input = TransactionJson.Read(document.RootElement);
            }
            catch (Exception ex) when (ex is JsonException or FormatException)
            {
                error = "not a JSON transaction: " + ex.Message;
            }

            yield return new FeedRow(_line, _line, Snapshot(), input, error);
        }
    }

    private async IAsyncEnumerable<FeedRow> CsvAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var header = await NextLineAsync(cancellationToken) ?? throw new ValidationException("The CSV file is empty: it needs a header line.");
        var names = CsvLine.Split(header)?.Select(n => n.Trim().Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant()).ToList()
            ?? throw new ValidationException("The CSV header line is malformed.");
        var index = names.Select((n, i) => (n, i)).Where(x => s_columns.ContainsKey(x.n)).GroupBy(x => x.n).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        var missing = new[] { "orderid", "email", "purchasedate", "productid" }.Where(c => !index.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            throw new ValidationException($"The CSV header lacks the columns {string.Join(", ", missing)} (it has {header}).");
        }

        CsvOrder? pending = null;
        while (await NextRecordAsync(names.Count, cancellationToken) is var (record, first) && record is not null)
        {
            if (string.IsNullOrWhiteSpace(record))
            {
                continue;
            }

            var fields = CsvLine.Split(record);
            string? error = fields is null ? "a quote is misplaced." : fields.Count != names.Count ? $"{fields.Count} fields where the header has {names.Count}." : null;
            string? Field(string column) => fields is not null && index.TryGetValue(column, out var i) && i < fields.Count && fields[i].Trim() is { Length: > 0 } v ? v : null;
            var orderId = error is null ? Field("orderid") : null;
            if (pending is not null && (error is not null || orderId != pending.Input.OrderId))
            {
                yield return pending.Row();
                pending = null;
            }

            if (error is not null)
            {
                yield return new FeedRow(first, _line, Snapshot(), null, error);
                continue;
            }

            var product = new TransactionProductInput { Id = Field("productid"), Name = Field("productname"), Price = Field("price"), ImageUrl = Field("imageurl") };
            pending ??= new CsvOrder(first, new TransactionInput
            {
                OrderId = orderId, Email = Field("email"), Name = Field("name"), Locale = Field("locale"), PurchaseDate = Field("purchasedate"),
                UserId = Field("userid"), TimeZone = Field("timezone"), Phone = Field("phone"), Products = [],
            });
            pending.Input.Products!.Add(product);
            pending.LastLine = _line;
            pending.Hash = Snapshot();
        }

        if (pending is not null)
        {
            yield return pending.Row();
        }
    }

    /// <summary>
    /// A CSV record: lines joined while a quoted field is open (a field may hold a line break), as long as the joined
    /// record closes within a few lines and has the header's field count. Otherwise the first line alone is the record
    /// (a stray quote, reported as a bad row) and the lines read past it are read again.
    /// </summary>
    private async Task<(string? Record, long FirstLine)> NextRecordAsync(int fieldCount, CancellationToken cancellationToken)
    {
        var line = await RawLineAsync(cancellationToken);
        if (line is null || !CsvLine.IsOpen(line))
        {
            return (Consume(line), _line);
        }

        var lines = new List<string> { line };
        var record = new StringBuilder(line);
        while (lines.Count < MaxLinesPerRecord && record.Length < MaxRecordChars && await RawLineAsync(cancellationToken) is { } more)
        {
            lines.Add(more);
            record.Append('\n').Append(more);
            if (!CsvLine.IsOpen(record.ToString()))
            {
                if (CsvLine.Split(record.ToString())?.Count == fieldCount)
                {
                    var first = _line + 1;
                    lines.ForEach(l => Consume(l));
                    return (record.ToString(), first);
                }

                break;
            }
        }

        for (var i = lines.Count - 1; i >= 1; i--)
        {
            _pushback.Push(lines[i]);
        }

        return (Consume(line), _line);
    }

    private async Task<string?> NextLineAsync(CancellationToken cancellationToken) => Consume(await RawLineAsync(cancellationToken));

    private async Task<string?> RawLineAsync(CancellationToken cancellationToken) =>
        _pushback.Count > 0 ? _pushback.Pop() : await _reader.ReadLineAsync(cancellationToken);

    /// <summary>Counts and hashes a line once it belongs to a row.</summary>
    private string? Consume(string? line)
    {
        if (line is not null)
        {
            _line++;
            _hash.AppendData(Encoding.UTF8.GetBytes(line));
            _hash.AppendData("\n"u8);
        }

        return line;
    }

    private string Snapshot() => Convert.ToHexString(_hash.GetCurrentHash());

    private sealed class CsvOrder(long line, TransactionInput input)
    {
        public long Line { get; } = line;

        public TransactionInput Input { get; } = input;

        public long LastLine { get; set; } = line;

        public string Hash { get; set; } = "";

        public FeedRow Row() => new(Line, LastLine, Hash, Input, null);
    }
}
