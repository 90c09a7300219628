namespace Budgeting.Reports.Model;

/// <summary>An immutable square grid of QR modules; true is dark.</summary>
public sealed class QrMatrix
{
    private readonly bool[,] _dark;

    public QrMatrix(bool[,] dark)
    {
        if (dark.GetLength(0) != dark.GetLength(1) || dark.GetLength(0) == 0)
        {
            throw new ArgumentException("A QR matrix must be square and not empty.", nameof(dark));
        }
        _dark = (bool[,])dark.Clone();
    }

    public int Size => _dark.GetLength(0);

    public bool this[int row, int column] => _dark[row, column];

    public bool SameModulesAs(QrMatrix other)
    {
        if (other.Size != Size)
        {
            return false;
        }
        for (var r = 0; r < Size; r++)
        {
            for (var c = 0; c < Size; c++)
            {
                if (_dark[r, c] != other._dark[r, c])
                {
                    return false;
                }
            }
        }
        return true;
    }
}
