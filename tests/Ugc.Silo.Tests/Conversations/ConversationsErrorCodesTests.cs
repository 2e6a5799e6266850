using System.Reflection;
using Ugc.Silo.Conversations;

namespace Ugc.Silo.Tests.Conversations;

public sealed class ConversationsErrorCodesTests
{
    [Fact]
    public void Every_code_documented_in_the_api_contract_is_defined()
    {
        string[] documented =
        [
            "ERROR_PARAM_INVALID_API_KEY", "ERROR_ACCESS_DENIED", "ERROR_REQUEST_LIMIT_REACHED", "ERROR_UNSUPPORTED",
            "ERROR_UNKNOWN", "ERROR_BAD_REQUEST", "ERROR_PARAM_INVALID_FILTER_ATTRIBUTE", "ERROR_PARAM_INVALID_SORT_ATTRIBUTE",
            "ERROR_PARAM_INVALID_LIMIT", "ERROR_PARAM_INVALID_OFFSET", "ERROR_PARAM_INVALID_INCLUDED", "ERROR_PARAM_INVALID_LOCALE",
            "ERROR_PARAM_INVALID_PARAMETERS", "ERROR_PARAM_MISSING_PARAMETERS", "ERROR_PARAM_MISSING_USER_ID",
            "ERROR_DUPLICATE_SUBMISSION", "ERROR_FORM_REQUIRED", "ERROR_FORM_TOO_HIGH", "ERROR_FORM_TOO_LOW", "ERROR_FORM_TOO_LONG",
            "ERROR_FORM_TOO_SHORT", "ERROR_FORM_INVALID_EMAILADDRESS", "ERROR_FORM_INVALID_OPTION", "ERROR_FORM_PATTERN_MISMATCH",
            "ERROR_FORM_DUPLICATE", "ERROR_FORM_DUPLICATE_NICKNAME", "ERROR_FORM_PROFANITY", "ERROR_FORM_REJECTED",
            "ERROR_FORM_RESTRICTED",
        ];

        var defined = typeof(ConversationsErrorCodes)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToHashSet(StringComparer.Ordinal);

        Assert.Equal(documented.Order(StringComparer.Ordinal), defined.Order(StringComparer.Ordinal));
    }
}
