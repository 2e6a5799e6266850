namespace Ugc.Grains.Moderation;

/// <summary>What the moderation decision did with one kind of evaluation text.</summary>
/// <param name="Kind">honest, spam, solicitation or abuse.</param>
/// <param name="Texts">Texts of that kind.</param>
/// <param name="Published">Approved.</param>
/// <param name="Held">Held for humans.</param>
/// <param name="Rejected">Rejected.</param>
/// <param name="Misjudged">Up to a few of the texts decided wrongly (published if flagged, rejected if honest).</param>
public sealed record PipelineEvaluation(string Kind, int Texts, int Published, int Held, int Rejected, IReadOnlyList<string> Misjudged)
{
    /// <summary>Share held or rejected: for flagged kinds, the catch rate.</summary>
    public double CaughtRate => Texts == 0 ? 0 : (Held + Rejected) / (double)Texts;

    /// <summary>Share rejected: for honest texts, the false-rejection rate.</summary>
    public double RejectedRate => Texts == 0 ? 0 : Rejected / (double)Texts;

    /// <summary>Share held.</summary>
    public double HeldRate => Texts == 0 ? 0 : Held / (double)Texts;
}
