namespace Ugc.Grains.Tests.Queries;

/// <summary>Two items whose values of one field differ (low before high), their filter texts, and items without a value.</summary>
/// <param name="Low">The item with the lower value.</param>
/// <param name="High">The item with the higher value.</param>
/// <param name="LowText">The lower value as a filter writes it.</param>
/// <param name="HighText">The higher value as a filter writes it.</param>
/// <param name="Missing">Items without a value (none when the field always has one).</param>
public sealed record FieldSample<T>(T Low, T High, string LowText, string HighText, IReadOnlyList<T> Missing);
