namespace Budgeting.Tallying.Engine;

/// <summary>
/// How much t, the money added to every voter's starting budget, can grow (exclusive) before one of the decisions
/// an equal-shares run took at t = 0 would change (null: never). Each decision is the sign of some value + slope·t;
/// the limit is only ever rounded down, so the run's outcome is certainly the same for every t below it.
/// </summary>
internal sealed class Horizon(double? floor, double? start = null)
{
    public double? Limit { get; private set; } = start;

    /// <summary>True once the limit is at or below the floor (the increment the caller steps anyway): further checks cannot matter.</summary>
    public bool Saturated => Limit is { } l && floor is { } f && l <= f;

    /// <summary>Records that the sign of <paramref name="value"/> + <paramref name="slope"/>·t must stay what it is at t = 0.</summary>
    public void Keep(Bounds value, Bounds slope)
    {
        if (Saturated || slope.IsZero)
        {
            return;
        }
        if (value.Lo <= 0 && value.Hi >= 0)
        {
            Limit = 0;
            return;
        }
        var positive = value.Lo > 0;
        var towardZero = positive ? -slope.Lo : slope.Hi;
        if (towardZero <= 0)
        {
            return;
        }
        var limit = Math.Max(0, Math.BitDecrement((positive ? value.Lo : -value.Hi) / towardZero));
        if (Limit is not { } l || limit < l)
        {
            Limit = limit;
        }
    }
}
