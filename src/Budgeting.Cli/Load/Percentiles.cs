namespace Budgeting.Cli.Load;

public static class Percentiles
{
    /// <summary>
    /// The nearest-rank percentile of sorted values: the smallest value with at least <paramref name="percent"/> % of
    /// the values at or below it; 0 for no values.
    /// </summary>
    public static double Of(IReadOnlyList<double> sorted, double percent)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        ArgumentOutOfRangeException.ThrowIfNegative(percent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        if (sorted.Count == 0)
        {
            return 0;
        }
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }
}
