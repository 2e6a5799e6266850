using Microsoft.AspNetCore.Diagnostics;
using Ugc.Contracts;
using Ugc.Silo.Conversations;
using Ugc.Silo.Gateway;

namespace Ugc.Silo.Admin;

/// <summary>
/// Maps exceptions to answers: ProblemDetails on the admin API (NotFound 404, Conflict 409, Validation 400, Forbidden
/// 403, silo unavailable 503), the API's own envelope on <c>/data</c>.
/// </summary>
public sealed partial class UgcExceptionHandler(IProblemDetailsService problems, ILogger<UgcExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var status = exception switch
        {
            NotFoundException => StatusCodes.Status404NotFound,
            ConflictException => StatusCodes.Status409Conflict,
            ValidationException or ArgumentException or FormatException or System.Text.Json.JsonException or BadHttpRequestException => StatusCodes.Status400BadRequest,
            ForbiddenException => StatusCodes.Status403Forbidden,
            SiloUnavailableException or OrleansMessageRejectionException or TimeoutException => StatusCodes.Status503ServiceUnavailable,
            // The database is down or unreachable (grain storage, streams): nothing was acknowledged, retrying later will work.
            _ when IsStorageFailure(exception) => StatusCodes.Status503ServiceUnavailable,
            _ => StatusCodes.Status500InternalServerError,
        };
        if (status == StatusCodes.Status500InternalServerError)
        {
            LogUnhandled(logger, httpContext.Request.Path, exception);
        }
        else if (status == StatusCodes.Status503ServiceUnavailable)
        {
            httpContext.Response.Headers.RetryAfter = "5";
            LogUnavailable(logger, httpContext.Request.Path, exception.GetType().Name, exception.Message);
        }

        if (httpContext.Request.Path.StartsWithSegments("/data"))
        {
            var code = status switch
            {
                StatusCodes.Status400BadRequest or StatusCodes.Status404NotFound => ConversationsErrorCodes.InvalidParameters,
                StatusCodes.Status409Conflict => ConversationsErrorCodes.DuplicateSubmission,
                StatusCodes.Status403Forbidden => ConversationsErrorCodes.AccessDenied,
                _ => ConversationsErrorCodes.Unknown,
            };
            var httpStatus = status >= 500 ? status : StatusCodes.Status200OK;
            var message = status >= 500 ? "The service could not answer; try again." : exception.Message;
            await ConversationsResults.Json(ErrorEnvelope.Create(code, message), httpStatus).ExecuteAsync(httpContext);
            return true;
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = status, Title = ReasonPhrase(status), Detail = status >= 500 ? "The cluster could not answer." : exception.Message },
        });
    }

    private static bool IsStorageFailure(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            // Orleans wraps a failed grain state read or write in an OrleansException with this message; after a hop
            // between silos the database's own exception inside it may not have survived serialization.
            if (e is System.Data.Common.DbException
                || (e is OrleansException && e.Message.StartsWith("Error from storage provider", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static string ReasonPhrase(int status) => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status);

    [LoggerMessage(EventId = 5001, Level = LogLevel.Error, Message = "Unhandled exception on {Path}")]
    private static partial void LogUnhandled(ILogger logger, PathString path, Exception exception);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Warning, Message = "Answered 503 on {Path}: the cluster could not answer ({ExceptionType}: {Reason})")]
    private static partial void LogUnavailable(ILogger logger, PathString path, string exceptionType, string reason);
}
