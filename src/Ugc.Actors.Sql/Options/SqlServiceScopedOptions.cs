namespace Ugc.Actors.Sql.Options;

/// <summary>Options of the providers whose rows belong to one service, so several services can share a database.</summary>
public abstract class SqlServiceScopedOptions : SqlProviderOptions
{
    /// <summary>The service every row is scoped to; all silos of one deployment use the same value.</summary>
    /// <value>The default is <c>"default"</c>.</value>
    public string ServiceId { get; set; } = "default";

    public override IEnumerable<string> Validate()
    {
        foreach (var error in base.Validate())
        {
            yield return error;
        }

        if (string.IsNullOrWhiteSpace(ServiceId))
        {
            yield return $"{GetType().Name}.{nameof(ServiceId)} is required.";
        }
    }
}
