using System.Globalization;
using PersonalCapitalService.V1.NetWorth;

namespace PersonalCapitalService.Dashboard;

/// <summary>
/// Where the net-worth line goes in the chart's SVG coordinates: dates evenly along x (one point per week), values
/// between the lowest and the highest along y, with a small margin; the labels are HTML beside it, so they stay legible at any width.
/// </summary>
internal sealed class ChartGeometry
{
    public const double Width = 720, Height = 200, Left = 4, Right = 4, Top = 8, Bottom = 8;

    private ChartGeometry(IReadOnlyList<(double X, double Y)> points, decimal min, decimal max)
    {
        Points = points;
        Min = min;
        Max = max;
    }

    public IReadOnlyList<(double X, double Y)> Points { get; }

    public decimal Min { get; }

    public decimal Max { get; }

    public double Baseline => Height - Bottom;

    public static ChartGeometry For(IReadOnlyList<NetWorthRecord> series)
    {
        if (series.Count == 0)
        {
            return new ChartGeometry([], 0m, 0m);
        }
        var min = series.Min(p => p.NetWorth);
        var max = series.Max(p => p.NetWorth);
        // A flat line (or a single point) is drawn across the middle rather than divided by zero.
        var span = max - min;
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        var points = series.Select((p, i) => (
            X: Left + (series.Count == 1 ? plotWidth / 2 : plotWidth * i / (series.Count - 1)),
            Y: span == 0m ? Top + plotHeight / 2 : Top + plotHeight * (double)((max - p.NetWorth) / span))).ToList();
        return new ChartGeometry(points, min, max);
    }

    /// <summary>The polyline's <c>points</c> attribute.</summary>
    public string Polyline => string.Join(" ", Points.Select(p => Pair(p.X, p.Y)));

    /// <summary>The shaded area under the line, closed along the baseline.</summary>
    public string Area => Points.Count == 0
        ? ""
        : $"{Pair(Points[0].X, Baseline)} {Polyline} {Pair(Points[^1].X, Baseline)}";

    private static string Pair(double x, double y) =>
        string.Create(CultureInfo.InvariantCulture, $"{x:0.#},{y:0.#}");
}
