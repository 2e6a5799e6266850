namespace Ugc.Cluster.Tests.Infrastructure;

/// <summary>How a request of the load ended.</summary>
public enum AttemptOutcome
{
    /// <summary>A write acknowledged with a submission id, or a read answered without errors.</summary>
    Succeeded,

    /// <summary>An answer that refused the request: an HTTP error status, or the API's envelope with errors.</summary>
    Refused,

    /// <summary>No answer: the connection was refused or reset, or the request timed out.</summary>
    Unanswered,
}
