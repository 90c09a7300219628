namespace Budgeting.Tallying.Pabulib;

/// <summary>A Pabulib file could not be read; <see cref="Exception.Message"/> names the line.</summary>
public sealed class PabulibFormatException : FormatException
{
    /// <summary>Creates the exception for a problem on <paramref name="lineNumber"/> (1-based; 0 for the whole file).</summary>
    public PabulibFormatException(int lineNumber, string problem)
        : base(lineNumber > 0 ? $"line {lineNumber}: {problem}" : problem)
    {
        LineNumber = lineNumber;
        Problem = problem;
    }

    /// <summary>Creates the exception without a line.</summary>
    public PabulibFormatException()
        : this(0, "malformed Pabulib file")
    {
    }

    /// <summary>Creates the exception without a line.</summary>
    public PabulibFormatException(string message)
        : this(0, message)
    {
    }

    /// <summary>Creates the exception without a line.</summary>
    public PabulibFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problem = message;
    }

    /// <summary>The 1-based line of the problem, or 0 when it concerns the whole file.</summary>
    public int LineNumber { get; }

    /// <summary>The problem without the line prefix.</summary>
    public string Problem { get; } = "";
}
