using Microsoft.AspNetCore.Http.HttpResults;
using PersonalCapitalService.Input;

namespace PersonalCapitalService.V1.Common;

/// <summary>The v1 errors beyond the upstream's: a bad parameter (400, as the legacy routes answer it) and an unknown name (404).</summary>
public static class V1Problems
{
    public static ValidationProblem BadParameter(string parameter, string message) =>
        TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { [parameter] = [message] },
            detail: message,
            title: $"Invalid {parameter}");

    public static ValidationProblem BadParameter<T>(ParameterParseResult<T> failed) => BadParameter(failed.ParameterName!, failed.ErrorMessage!);

    /// <summary>The input is not echoed: it may be anything.</summary>
    public static ProblemHttpResult Unknown(string parameter, string list) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status404NotFound,
            title: $"Unknown {parameter}",
            detail: $"No {parameter} has this id or name; {list} lists them.",
            extensions: new Dictionary<string, object?> { ["parameter"] = parameter });
}
