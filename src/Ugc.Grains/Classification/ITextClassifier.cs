namespace Ugc.Grains.Classification;

/// <summary>A trained two-class text classifier as the model grain uses it.</summary>
public interface ITextClassifier
{
    /// <summary>Examples the classifier learned from.</summary>
    long TrainingExamples { get; }

    /// <summary>The probability that <paramref name="text"/> belongs to the flagged class.</summary>
    double Score(string text);

    /// <summary>Learns one labelled example on-line, e.g. a human moderator's decision.</summary>
    void Update(string text, bool flagged);
}
