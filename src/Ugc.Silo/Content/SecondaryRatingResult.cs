namespace Ugc.Silo.Content;

/// <summary>A secondary rating of a review; labels are null because clients configure them outside the content.</summary>
public sealed record SecondaryRatingResult(
    string Id, int Value, int ValueRange, string? Label, string? ValueLabel, string? MinLabel, string? MaxLabel, string DisplayType);
