using Ugc.Contracts.Clients;
using Ugc.Contracts.Submissions;

namespace Ugc.Grains.Submissions;

/// <summary>A client's submission forms: the stock definitions with the client's settings applied.</summary>
public static class SubmissionForms
{
    private static readonly Dictionary<SubmissionFormKind, SubmissionFormDefinition> s_anonymous =
        Enum.GetValues<SubmissionFormKind>().ToDictionary(k => k, k => WithoutRequiredUserId(SubmissionFormDefaults.For(k)));

    /// <summary>The form of <paramref name="kind"/> for a client with <paramref name="settings"/>.</summary>
    public static SubmissionFormDefinition For(SubmissionFormKind kind, SubmissionSettings settings) =>
        settings.AllowAnonymous ? s_anonymous[kind] : SubmissionFormDefaults.For(kind);

    private static SubmissionFormDefinition WithoutRequiredUserId(SubmissionFormDefinition stock) =>
        stock with { Fields = [.. stock.Fields.Select(f => f.Id == "userid" ? f with { Required = false } : f)] };
}
