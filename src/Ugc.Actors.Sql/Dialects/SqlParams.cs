using System.Data;
using System.Data.Common;

namespace Ugc.Actors.Sql.Dialects;

/// <summary>Adds typed parameters to a command (or a batch command), converting values the way the engine stores them.</summary>
public readonly struct SqlParams
{
    private readonly SqlDatabase _database;
    private readonly DbParameterCollection _parameters;
    private readonly Func<DbParameter> _create;

    public SqlParams(SqlDatabase database, DbParameterCollection parameters, Func<DbParameter> create)
    {
        _database = database;
        _parameters = parameters;
        _create = create;
    }

    public SqlParams Text(string name, string value) => Add(name, DbType.String, value);

    public SqlParams Number(string name, long value) => Add(name, DbType.Int64, value);

    public SqlParams Number(string name, int value) => Add(name, DbType.Int32, value);

    public SqlParams Bytes(string name, byte[] value) => Add(name, DbType.Binary, value);

    public SqlParams Time(string name, DateTimeOffset value)
    {
        var parameter = _create();
        parameter.ParameterName = name;
        parameter.Value = _database.TimeValue(value);
        _parameters.Add(parameter);
        return this;
    }

    /// <summary>A JSON document, or SQL NULL when <paramref name="json"/> is null.</summary>
    public SqlParams Json(string name, string? json)
    {
        var parameter = _create();
        parameter.ParameterName = name;
        parameter.Value = (object?)json ?? DBNull.Value;
        _database.MarkJson(parameter);
        _parameters.Add(parameter);
        return this;
    }

    public SqlParams Ids(string name, IReadOnlyCollection<long> ids)
    {
        var parameter = _create();
        parameter.ParameterName = name;
        parameter.Value = _database.IdListValue(ids);
        _parameters.Add(parameter);
        return this;
    }

    private SqlParams Add(string name, DbType type, object value)
    {
        var parameter = _create();
        parameter.ParameterName = name;
        parameter.DbType = type;
        parameter.Value = value;
        _parameters.Add(parameter);
        return this;
    }
}
