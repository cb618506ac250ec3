using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace PersonalCapitalService.V1.Common;

/// <summary>
/// The range parameters every dated v1 resource takes: <c>start</c>/<c>end</c>, or <c>days</c>, or <c>range</c>.
/// Read as text, so that a bad value is a 400 naming the parameter rather than a binding failure.
/// </summary>
public sealed record RangeQuery(
    [property: FromQuery(Name = "start"), Description("First day, yyyy-MM-dd (with end, or alone: to today).")] string? Start,
    [property: FromQuery(Name = "end"), Description("Last day, yyyy-MM-dd; needs start.")] string? End,
    [property: FromQuery(Name = "days"), Description("The last N days, today included (instead of start/end).")] string? Days,
    [property: FromQuery(Name = "range"), Description("this-month, last-month, ytd, last-year or all (instead of start/end or days). Nothing given: the last 30 days.")] string? Range);
