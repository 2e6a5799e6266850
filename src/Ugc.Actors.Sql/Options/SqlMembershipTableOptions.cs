namespace Ugc.Actors.Sql.Options;

/// <summary>Options of the SQL membership table.</summary>
public sealed class SqlMembershipTableOptions : SqlProviderOptions
{
    /// <summary>The configuration section the options bind from.</summary>
    public const string SectionName = "Ugc:Membership:Sql";

    /// <summary>The cluster the silo rows and the version row belong to; silos with the same value form one cluster.</summary>
    /// <value>The default is <c>"default"</c>.</value>
    public string ClusterId { get; set; } = "default";

    public override IEnumerable<string> Validate()
    {
        foreach (var error in base.Validate())
        {
            yield return error;
        }

        if (string.IsNullOrWhiteSpace(ClusterId))
        {
            yield return $"{nameof(SqlMembershipTableOptions)}.{nameof(ClusterId)} is required.";
        }
    }
}
