using Microsoft.AspNetCore.Http.HttpResults;

namespace PersonalCapitalService.V1.Common;

/// <summary>The id a filter parameter names, or the 404 to answer instead; neither when the parameter is absent.</summary>
public readonly record struct Lookup(long? Id, ProblemHttpResult? Unknown)
{
    public static Lookup None => default;
}
