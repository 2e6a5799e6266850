namespace Ugc.Contracts.Submissions;

/// <summary>
/// The consumer of one partition of the <c>submissions</c> stream: it hands each submission of a stored batch to its
/// content grain for moderation, all of the batch at once, and completes the batch once every one is moderated.
/// Key: the partition. It has no methods: the stream is its only input.
/// </summary>
[Alias("ugc.ISubmissionDispatcherGrain")]
public interface ISubmissionDispatcherGrain : IGrainWithStringKey;
