namespace Budgeting.Tallying.Engine;

/// <summary>Exact 0/1 knapsack by depth-first branch and bound; items must be sorted by decreasing value/weight.</summary>
internal sealed class Knapsack(long[] weights, long[] values, long capacity)
{
    private readonly bool[] _current = new bool[weights.Length];
    private bool[] _best = new bool[weights.Length];
    private long _bestValue = -1;

    /// <summary>Indices of the items in an optimal set, in item order.</summary>
    public List<int> Solve()
    {
        Search(0, capacity, 0);
        return Enumerable.Range(0, weights.Length).Where(i => _best[i]).ToList();
    }

    private void Search(int i, long room, long value)
    {
        if (value > _bestValue)
        {
            _bestValue = value;
            _best = (bool[])_current.Clone();
        }
        if (i == weights.Length || Bound(i, room, value) <= _bestValue)
        {
            return;
        }
        if (weights[i] <= room)
        {
            _current[i] = true;
            Search(i + 1, room - weights[i], value + values[i]);
            _current[i] = false;
        }
        Search(i + 1, room, value);
    }

    /// <summary>Floor of the fractional relaxation over items i.. (valid because values are integers).</summary>
    private Int128 Bound(int i, long room, long value)
    {
        Int128 total = value;
        for (var j = i; j < weights.Length; j++)
        {
            if (weights[j] <= room)
            {
                room -= weights[j];
                total += values[j];
            }
            else
            {
                return total + (Int128)values[j] * room / weights[j];
            }
        }
        return total;
    }
}
