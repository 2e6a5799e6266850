using Ugc.Contracts.Content;
using Ugc.Contracts.Queries;

namespace Ugc.Grains.Catalog;

/// <summary>
/// One published document as a product holds it: every member queries filter, sort and count by, in 120 bytes;
/// members documents share (<see cref="Origin"/>) or mostly lack (<see cref="Extras"/>) are shared instances, and the
/// display text (title, text, details, nickname) lives compressed in the <see cref="DisplayBlock"/> at
/// <see cref="Block"/> and <see cref="Slot"/>. Times are held as UTC ticks and offset minutes, which is all a
/// <see cref="DateTimeOffset"/> is.
/// </summary>
[GenerateSerializer, Alias("ugc.state.content-entry")]
public sealed class ContentEntry : IContentFields
{
    [Id(0)]
    public required string Id { get; init; }

    /// <summary>The <see cref="ContentType"/> in one byte.</summary>
    [Id(1)]
    public required byte TypeCode { get; init; }

    [Id(2)]
    public required string AuthorId { get; init; }

    [Id(3)]
    public required ContentOrigin Origin { get; set; }

    [Id(4)]
    public string? UserLocation { get; set; }

    [Id(5)]
    public string? ContentLocale { get; set; }

    /// <summary>Null when the document has none (read as <see cref="ContentExtras.None"/>).</summary>
    [Id(6)]
    public ContentExtras? Extras { get; init; }

    [Id(7)]
    public long SubmissionTicks { get; init; }

    [Id(8)]
    public long ModificationTicks { get; init; }

    [Id(9)]
    public long ModerationTicks { get; init; }

    [Id(10)]
    public short SubmissionOffset { get; init; }

    [Id(11)]
    public short ModificationOffset { get; init; }

    [Id(12)]
    public short ModerationOffset { get; init; }

    [Id(13)]
    public int RatingValue { get; init; }

    [Id(14)]
    public int PositiveFeedback { get; init; }

    [Id(15)]
    public int NegativeFeedback { get; init; }

    [Id(16)]
    public int InappropriateFeedback { get; init; }

    [Id(17)]
    public ContentFlags Flags { get; init; }

    /// <summary>The display block holding the document's text.</summary>
    [Id(18)]
    public int Block { get; set; }

    /// <summary>The document's place in its display block (under <see cref="ContentStore.SlotsPerBlock"/>).</summary>
    [Id(19)]
    public ushort Slot { get; set; }

    public ContentType Type => (ContentType)TypeCode;

    public string ClientId => Origin.ClientId;

    public string SourceClient => Origin.SourceClient;

    public string ProductId => Origin.ProductId;

    public string? CategoryId => Origin.CategoryId;

    public bool IsSyndicated => Origin.IsSyndicated;

    public string? QuestionId => Extras?.QuestionId;

    public string? ReviewId => Extras?.ReviewId;

    public string? CampaignId => Extras?.CampaignId;

    public DateTimeOffset SubmissionTime => Time(SubmissionTicks, SubmissionOffset);

    public DateTimeOffset LastModificationTime => Time(ModificationTicks, ModificationOffset);

    public DateTimeOffset? LastModeratedTime => Has(ContentFlags.Moderated) ? Time(ModerationTicks, ModerationOffset) : null;

    public int? Rating => Has(ContentFlags.HasRating) ? RatingValue : null;

    public bool? IsRecommended => Has(ContentFlags.Recommended) ? true : Has(ContentFlags.NotRecommended) ? false : null;

    public bool IsFeatured => Has(ContentFlags.Featured);

    public bool IsIncentivized => Has(ContentFlags.Incentivized);

    public bool IsBrandAnswer => Has(ContentFlags.BrandAnswer);

    public bool IsBestAnswer => Has(ContentFlags.BestAnswer);

    public bool IsRatingsOnly => Has(ContentFlags.RatingsOnly);

    public bool HasPhotos => Has(ContentFlags.HasPhotos);

    public IReadOnlyDictionary<string, int> SecondaryRatings => (Extras ?? ContentExtras.None).SecondaryRatings;

    public IReadOnlyDictionary<string, string> ContextDataValues => (Extras ?? ContentExtras.None).ContextDataValues;

    public IReadOnlyDictionary<string, string> AdditionalFields => (Extras ?? ContentExtras.None).AdditionalFields;

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Tags => (Extras ?? ContentExtras.None).Tags;

    public int TotalFeedback => PositiveFeedback + NegativeFeedback;

    public double? Helpfulness => TotalFeedback == 0 ? null : (double)PositiveFeedback / TotalFeedback;

    /// <summary>The entry of a document (its origin and extras as given: the caller pools them).</summary>
    public static ContentEntry Of(ContentDocument document, ContentOrigin origin, ContentExtras? extras, int block, ushort slot)
    {
        ArgumentNullException.ThrowIfNull(document);
        var flags = Flag(document.Rating is not null, ContentFlags.HasRating) | Flag(document.IsRecommended == true, ContentFlags.Recommended)
            | Flag(document.IsRecommended == false, ContentFlags.NotRecommended) | Flag(document.IsFeatured, ContentFlags.Featured)
            | Flag(document.IsIncentivized, ContentFlags.Incentivized) | Flag(document.IsBrandAnswer, ContentFlags.BrandAnswer)
            | Flag(document.IsBestAnswer, ContentFlags.BestAnswer) | Flag(document.IsRatingsOnly, ContentFlags.RatingsOnly)
            | Flag(document.LastModeratedTime is not null, ContentFlags.Moderated) | Flag(document.HasPhotos, ContentFlags.HasPhotos);
        var moderated = document.LastModeratedTime ?? default;
        return new ContentEntry
        {
            Id = document.Id,
            TypeCode = checked((byte)document.Type),
            AuthorId = document.AuthorId,
            Origin = origin,
            UserLocation = document.UserLocation,
            ContentLocale = document.ContentLocale,
            Extras = extras,
            SubmissionTicks = document.SubmissionTime.UtcTicks,
            SubmissionOffset = Minutes(document.SubmissionTime),
            ModificationTicks = document.LastModificationTime.UtcTicks,
            ModificationOffset = Minutes(document.LastModificationTime),
            ModerationTicks = moderated.UtcTicks,
            ModerationOffset = Minutes(moderated),
            RatingValue = document.Rating ?? 0,
            PositiveFeedback = document.PositiveFeedback,
            NegativeFeedback = document.NegativeFeedback,
            InappropriateFeedback = document.InappropriateFeedback,
            Flags = flags,
            Block = block,
            Slot = slot,
        };
    }

    /// <summary>The full document again, with its display text.</summary>
    public ContentDocument ToDocument(DisplayText display)
    {
        var extras = Extras ?? ContentExtras.None;
        return new ContentDocument
        {
            Id = Id,
            Type = Type,
            ClientId = Origin.ClientId,
            SourceClient = Origin.SourceClient,
            ProductId = Origin.ProductId,
            QuestionId = extras.QuestionId,
            ReviewId = extras.ReviewId,
            AuthorId = AuthorId,
            UserNickname = display.UserNickname,
            UserLocation = UserLocation,
            ContentLocale = ContentLocale,
            CampaignId = extras.CampaignId,
            SubmissionTime = SubmissionTime,
            LastModificationTime = LastModificationTime,
            LastModeratedTime = LastModeratedTime,
            Rating = Rating,
            Title = display.Title,
            Text = display.Text,
            Details = display.Details,
            IsRecommended = IsRecommended,
            IsFeatured = IsFeatured,
            IsSyndicated = Origin.IsSyndicated,
            Syndication = Origin.Syndication,
            OriginalProductName = Origin.OriginalProductName,
            CategoryId = Origin.CategoryId,
            PositiveFeedback = PositiveFeedback,
            NegativeFeedback = NegativeFeedback,
            InappropriateFeedback = InappropriateFeedback,
            IsIncentivized = IsIncentivized,
            IsBrandAnswer = IsBrandAnswer,
            IsBestAnswer = IsBestAnswer,
            SecondaryRatings = extras.SecondaryRatings,
            ContextDataValues = extras.ContextDataValues,
            AdditionalFields = extras.AdditionalFields,
            Tags = extras.Tags,
            Photos = extras.Photos,
            Responses = extras.Responses,
        };
    }

    private bool Has(ContentFlags flag) => (Flags & flag) != 0;

    private static ContentFlags Flag(bool set, ContentFlags flag) => set ? flag : ContentFlags.None;

    private static short Minutes(DateTimeOffset time) => (short)time.TotalOffsetMinutes;

    private static DateTimeOffset Time(long utcTicks, short offsetMinutes) =>
        new DateTimeOffset(utcTicks, TimeSpan.Zero).ToOffset(TimeSpan.FromMinutes(offsetMinutes));
}
