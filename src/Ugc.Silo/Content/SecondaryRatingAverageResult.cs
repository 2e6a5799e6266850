namespace Ugc.Silo.Content;

/// <summary>The average of one secondary rating in review statistics; labels as in <see cref="SecondaryRatingResult"/>.</summary>
public sealed record SecondaryRatingAverageResult(
    string Id, double AverageRating, int ValueRange, string? Label, string? ValueLabel, string? MinLabel, string? MaxLabel, string DisplayType);
