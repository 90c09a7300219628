using System.Globalization;
using Budgeting.Core.Voting;

namespace Budgeting.Web.Pages.Vote;

/// <summary>
/// What the ballot form posts, for every type: marked project ids (approval, knapsack, choose-one), points or ranks
/// by project id (cumulative, ranked), and the form's key, which makes a replay of the same form harmless.
/// </summary>
public sealed class BallotForm
{
    public List<int> Marked { get; set; } = [];

    public Dictionary<int, string?> Points { get; set; } = [];

    public Dictionary<int, string?> Ranks { get; set; } = [];

    public string? FormKey { get; set; }

    public static bool IsWellFormedKey(string? key) => key is { Length: 32 } && key.All(char.IsAsciiHexDigitLower);

    /// <summary>The marks as ballot choices; a value that is not a whole number is kept as 0, which the rules refuse.</summary>
    public IReadOnlyList<BallotChoice> ToChoices(BallotType type) => type switch
    {
        BallotType.Cumulative => Numbers(Points),
        BallotType.Ranked => Numbers(Ranks),
        _ => Marked.Select(id => new BallotChoice(id, 1)).ToList(),
    };

    public static BallotForm From(IEnumerable<BallotChoice> choices, BallotType type)
    {
        var form = new BallotForm();
        foreach (var choice in choices)
        {
            var value = choice.Value.ToString(CultureInfo.InvariantCulture);
            switch (type)
            {
                case BallotType.Cumulative:
                    form.Points[choice.ProjectId] = value;
                    break;
                case BallotType.Ranked:
                    form.Ranks[choice.ProjectId] = value;
                    break;
                default:
                    form.Marked.Add(choice.ProjectId);
                    break;
            }
        }
        return form;
    }

    private static List<BallotChoice> Numbers(Dictionary<int, string?> values) => values
        .Where(v => !string.IsNullOrWhiteSpace(v.Value))
        .Select(v => new BallotChoice(v.Key,
            long.TryParse(v.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : 0))
        .ToList();
}
