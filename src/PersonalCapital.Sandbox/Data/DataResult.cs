using System.Text.Json.Nodes;

namespace PersonalCapital.Sandbox.Data;

/// <summary>
/// The outcome of one data call: either the <c>spData</c> to send (a fresh node the caller owns), or a request error
/// that the host turns into <c>{"spHeader":{"success":false,"errors":[...]}}</c>.
/// </summary>
public sealed record DataResult(JsonNode? SpData, DataError? Error)
{
    public bool IsSuccess => Error is null;

    public static DataResult Ok(JsonNode spData) => new(spData, null);

    /// <summary>A field that is present but cannot be understood, e.g. <c>startDate=03/01/2026</c>.</summary>
    public static DataResult InvalidField(string fieldName, string message) =>
        new(null, new DataError(DataError.InvalidFieldCode, message, fieldName));
}

/// <summary>One entry of <c>spHeader.errors</c>; <paramref name="FieldName"/> goes to <c>details.fieldName</c>.</summary>
public sealed record DataError(int Code, string Message, string? FieldName)
{
    /// <summary>
    /// Code for a field that fails validation. The real code is not documented; it is kept away from 200/201/202,
    /// which clients read as "authorization required" / "session expired", so a bad date never triggers a re-login.
    /// </summary>
    public const int InvalidFieldCode = 300;
}
