using Budgeting.Reports.Fonts;
using Budgeting.Reports.Model;

namespace Budgeting.Reports.Tests.Support;

/// <summary>Every character is 5 pt wide and lines are 10 pt high, so wrapping can be computed by hand.</summary>
internal sealed class MonospaceMeasurer(params int[] missing) : ITextMeasurer
{
    public const float CharWidth = 5;

    public float Width(string text, TextStyle style) => text.EnumerateRunes().Count() * CharWidth;

    public float Ascent(TextStyle style) => 8;

    public float LineHeight(TextStyle style) => 10;

    public bool CanDraw(int codePoint, TextStyle style) => !missing.Contains(codePoint);
}
