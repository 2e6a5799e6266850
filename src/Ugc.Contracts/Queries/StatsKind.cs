using System.Text.Json.Serialization;

namespace Ugc.Contracts.Queries;

/// <summary>The statistics a display request asks for (<c>Stats</c>, <c>FilteredStats</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<StatsKind>))]
[GenerateSerializer, Alias("ugc.stats-kind")]
public enum StatsKind
{
    /// <summary>Review statistics including syndicated reviews.</summary>
    Reviews,

    /// <summary>Review statistics over the client's own reviews only.</summary>
    NativeReviews,

    Questions,
    Answers,
}
