using System.Text.Json;
using Ugc.Actors.Membership;
using Ugc.Actors.Placement;

namespace Ugc.Actors.Sql.Membership;

/// <summary>The JSON column of suspicion votes: <c>[{"suspecter":"host:port@generation","time":"2025-01-01T00:00:00+00:00"}]</c>.</summary>
internal static class SuspicionsJson
{
    public static string Serialize(IReadOnlyList<SuspicionVote> votes)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var vote in votes)
            {
                writer.WriteStartObject();
                writer.WriteString("suspecter", vote.Suspecter.ToString());
                writer.WriteString("time", vote.Time.ToUniversalTime());
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static IReadOnlyList<SuspicionVote> Deserialize(string json)
    {
        using var document = JsonDocument.Parse(json);
        var votes = new List<SuspicionVote>(document.RootElement.GetArrayLength());
        foreach (var element in document.RootElement.EnumerateArray())
        {
            votes.Add(new SuspicionVote(SiloAddress.Parse(element.GetProperty("suspecter").GetString()!),
                element.GetProperty("time").GetDateTimeOffset()));
        }

        return votes;
    }
}
