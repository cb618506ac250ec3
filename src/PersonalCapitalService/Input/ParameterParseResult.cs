using System.Diagnostics.CodeAnalysis;

namespace PersonalCapitalService.Input;

/// <summary>
/// The outcome of reading one route parameter: either the value, or the parameter's name and a message
/// fit for a 400 problem body. Bad input is an ordinary outcome here, never an exception.
/// </summary>
public sealed class ParameterParseResult<T>
{
    private ParameterParseResult(T value, string? parameterName, string? errorMessage)
    {
        Value = value;
        ParameterName = parameterName;
        ErrorMessage = errorMessage;
    }

    /// <summary>The parsed value; meaningful only when <see cref="IsValid"/> is true.</summary>
    public T Value { get; }

    /// <summary>The route parameter that was rejected (e.g. <c>start</c>); null when valid.</summary>
    public string? ParameterName { get; }

    /// <summary>Why it was rejected, naming the parameter; null when valid. Never echoes the input.</summary>
    public string? ErrorMessage { get; }

    [MemberNotNullWhen(false, nameof(ParameterName), nameof(ErrorMessage))]
    public bool IsValid => ErrorMessage is null;

    public static ParameterParseResult<T> Success(T value) => new(value, null, null);

    public static ParameterParseResult<T> Failure(string parameterName, string errorMessage) =>
        new(default!, parameterName, errorMessage);
}
