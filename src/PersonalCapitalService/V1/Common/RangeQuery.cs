using Microsoft.AspNetCore.Mvc;

namespace PersonalCapitalService.V1.Common;

/// <summary>
/// The range parameters every dated v1 resource takes: <c>start</c>/<c>end</c>, or <c>days</c>, or <c>range</c>.
/// Read as text, so that a bad value is a 400 naming the parameter rather than a binding failure.
/// </summary>
public sealed record RangeQuery(
    [property: FromQuery(Name = "start")] string? Start,
    [property: FromQuery(Name = "end")] string? End,
    [property: FromQuery(Name = "days")] string? Days,
    [property: FromQuery(Name = "range")] string? Range);
