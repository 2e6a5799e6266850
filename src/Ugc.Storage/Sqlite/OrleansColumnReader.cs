using System.Collections;
using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Ugc.Storage.Sqlite;

/// <summary>
/// A reader over a <see cref="SqliteDataReader"/> that hands Orleans' stream provider the CLR types its C# casts to:
/// <c>(int)record["Dequeued"]</c> and <c>(DateTime)record["VisibleOn"]</c> (and the other <c>*On</c> columns), where
/// SQLite stores Int64 and UTC text. Every other column passes through unchanged. Disposing the reader releases the
/// command's hold on the file's gate.
/// </summary>
internal sealed class OrleansColumnReader : DbDataReader
{
    private static readonly HashSet<string> Int32Columns = new(StringComparer.OrdinalIgnoreCase) { "Dequeued" };

    private static readonly HashSet<string> UtcDateTimeColumns = new(StringComparer.OrdinalIgnoreCase)
    {
        "VisibleOn", "ExpiresOn", "CreatedOn", "ModifiedOn", "DeadOn", "RemoveOn",
    };

    private readonly SqliteDataReader _inner;
    private readonly SqliteGateLease _lease;
    private Type?[] _conversions = [];

    public OrleansColumnReader(SqliteDataReader inner, SqliteGateLease lease)
    {
        _inner = inner;
        _lease = lease;
        MapColumns();
    }

    public override int Depth => _inner.Depth;

    public override int FieldCount => _inner.FieldCount;

    public override bool HasRows => _inner.HasRows;

    public override bool IsClosed => _inner.IsClosed;

    public override int RecordsAffected => _inner.RecordsAffected;

    public override object this[int ordinal] => GetValue(ordinal);

    public override object this[string name] => GetValue(GetOrdinal(name));

    public override object GetValue(int ordinal)
    {
        var value = _inner.GetValue(ordinal);
        return value is DBNull ? value : Convert(ordinal, value);
    }

    public override int GetValues(object[] values)
    {
        var count = Math.Min(values.Length, FieldCount);
        for (var i = 0; i < count; i++)
        {
            values[i] = GetValue(i);
        }

        return count;
    }

    public override T GetFieldValue<T>(int ordinal) =>
        ConversionOf(ordinal) is null ? _inner.GetFieldValue<T>(ordinal) : (T)GetValue(ordinal);

    public override Type GetFieldType(int ordinal) => ConversionOf(ordinal) ?? _inner.GetFieldType(ordinal);

    public override bool GetBoolean(int ordinal) => _inner.GetBoolean(ordinal);

    public override byte GetByte(int ordinal) => _inner.GetByte(ordinal);

    public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length) =>
        _inner.GetBytes(ordinal, dataOffset, buffer, bufferOffset, length);

    public override char GetChar(int ordinal) => _inner.GetChar(ordinal);

    public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length) =>
        _inner.GetChars(ordinal, dataOffset, buffer, bufferOffset, length);

    public override string GetDataTypeName(int ordinal) => _inner.GetDataTypeName(ordinal);

    public override DateTime GetDateTime(int ordinal) => _inner.GetDateTime(ordinal);

    public override decimal GetDecimal(int ordinal) => _inner.GetDecimal(ordinal);

    public override double GetDouble(int ordinal) => _inner.GetDouble(ordinal);

    public override float GetFloat(int ordinal) => _inner.GetFloat(ordinal);

    public override Guid GetGuid(int ordinal) => _inner.GetGuid(ordinal);

    public override short GetInt16(int ordinal) => _inner.GetInt16(ordinal);

    public override int GetInt32(int ordinal) => _inner.GetInt32(ordinal);

    public override long GetInt64(int ordinal) => _inner.GetInt64(ordinal);

    public override string GetName(int ordinal) => _inner.GetName(ordinal);

    public override int GetOrdinal(string name) => _inner.GetOrdinal(name);

    public override string GetString(int ordinal) => _inner.GetString(ordinal);

    public override Stream GetStream(int ordinal) => _inner.GetStream(ordinal);

    public override bool IsDBNull(int ordinal) => _inner.IsDBNull(ordinal);

    public override IEnumerator GetEnumerator() => new DbEnumerator(this);

    public override bool Read() => _inner.Read();

    public override bool NextResult()
    {
        var next = _inner.NextResult();
        MapColumns();
        return next;
    }

    public override void Close()
    {
        try
        {
            _inner.Close();
        }
        finally
        {
            _lease.Dispose();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            try
            {
                _inner.Dispose();
            }
            finally
            {
                _lease.Dispose();
            }
        }

        base.Dispose(disposing);
    }

    private static DateTime ParseUtc(string text) =>
        DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private Type? ConversionOf(int ordinal) => ordinal < _conversions.Length ? _conversions[ordinal] : null;

    private object Convert(int ordinal, object value) => ConversionOf(ordinal) switch
    {
        { } t when t == typeof(int) => System.Convert.ToInt32(value, CultureInfo.InvariantCulture),
        { } t when t == typeof(DateTime) && value is string text => ParseUtc(text),
        _ => value,
    };

    private void MapColumns()
    {
        if (_inner.IsClosed)
        {
            _conversions = [];
            return;
        }

        _conversions = new Type?[_inner.FieldCount];
        for (var i = 0; i < _conversions.Length; i++)
        {
            var name = _inner.GetName(i);
            _conversions[i] = Int32Columns.Contains(name) ? typeof(int) : UtcDateTimeColumns.Contains(name) ? typeof(DateTime) : null;
        }
    }
}
