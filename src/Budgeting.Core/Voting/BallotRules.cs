using Budgeting.Core.Processes;

namespace Budgeting.Core.Voting;

/// <summary>
/// The validated rules of a process's ballots (every district ballot and the city-wide one), and the single
/// authority on whether a cast ballot counts: the web form, paper entry and imports all call <see cref="Check"/>.
/// Build one with <see cref="Create"/> from the organizer's <see cref="BallotDesign"/>.
/// </summary>
public sealed class BallotRules
{
    private BallotRules(BallotDesign design)
    {
        Design = design;
    }

    /// <summary>The design these rules were built from, with the parameters the type does not use cleared.</summary>
    public BallotDesign Design { get; }

    public BallotType Type => Design.Type;

    /// <summary>The least number of projects to mark (approval; 0 for other types).</summary>
    public int MinProjects => Design.MinProjects ?? 0;

    /// <summary>The most projects to mark; null when unlimited.</summary>
    public int? MaxProjects => Type switch
    {
        BallotType.ChooseOne => 1,
        BallotType.Ranked => Design.Ranks,
        _ => Design.MaxProjects,
    };

    /// <summary>Knapsack: the least share of the budget to spend, in basis points (0 when none).</summary>
    public int MinShareBasisPoints => Design.MinShareBasisPoints ?? 0;

    /// <summary>Cumulative: the points to distribute (0 for other types).</summary>
    public int TotalPoints => Design.TotalPoints ?? 0;

    /// <summary>Cumulative: the cap per project, which is the total when the organizer set none.</summary>
    public int MaxPointsPerProject => Design.MaxPointsPerProject ?? TotalPoints;

    public bool MustUseAllPoints => Design.MustUseAllPoints;

    /// <summary>Ranked: how many projects to rank (0 for other types).</summary>
    public int Ranks => Design.Ranks ?? 0;

    public bool AllowFewerRanks => Design.AllowFewerRanks;

    /// <summary>Whether a ballot with no project marked counts (only approval with no minimum).</summary>
    public bool AllowsBlank => Type == BallotType.Approval && MinProjects == 0;

    /// <summary>Validates <paramref name="design"/>: the rules, or every problem found, each naming its field.</summary>
    public static (BallotRules? Rules, IReadOnlyList<BallotError> Errors) Create(BallotDesign design)
    {
        ArgumentNullException.ThrowIfNull(design);
        var errors = new List<BallotError>();
        var cleared = new BallotDesign(design.Type);
        switch (design.Type)
        {
            case BallotType.Approval:
                AtLeast(errors, design.MinProjects, 0, nameof(design.MinProjects));
                AtLeast(errors, design.MaxProjects, 1, nameof(design.MaxProjects));
                if (design is { MinProjects: { } min, MaxProjects: { } max } && min > max)
                {
                    errors.Add(new BallotError(BallotErrors.MinAboveMax, [min, max], field: nameof(design.MinProjects)));
                }
                cleared = cleared with { MinProjects = design.MinProjects, MaxProjects = design.MaxProjects };
                break;
            case BallotType.Knapsack:
                AtLeast(errors, design.MaxProjects, 1, nameof(design.MaxProjects));
                if (design.MinShareBasisPoints is { } share and (< 0 or > 10_000))
                {
                    errors.Add(new BallotError(BallotErrors.ShareOutOfRange, [share], field: nameof(design.MinShareBasisPoints)));
                }
                cleared = cleared with { MaxProjects = design.MaxProjects, MinShareBasisPoints = design.MinShareBasisPoints };
                break;
            case BallotType.Cumulative:
                Required(errors, design.TotalPoints, 1, nameof(design.TotalPoints));
                AtLeast(errors, design.MaxPointsPerProject, 1, nameof(design.MaxPointsPerProject));
                if (design is { TotalPoints: { } total and >= 1, MaxPointsPerProject: { } cap } && cap > total)
                {
                    errors.Add(new BallotError(BallotErrors.CapAboveTotal, [cap, total], field: nameof(design.MaxPointsPerProject)));
                }
                cleared = cleared with
                {
                    TotalPoints = design.TotalPoints,
                    MaxPointsPerProject = design.MaxPointsPerProject,
                    MustUseAllPoints = design.MustUseAllPoints,
                };
                break;
            case BallotType.Ranked:
                Required(errors, design.Ranks, 1, nameof(design.Ranks));
                cleared = cleared with { Ranks = design.Ranks, AllowFewerRanks = design.AllowFewerRanks };
                break;
            case BallotType.ChooseOne:
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(design), design.Type, "Unknown ballot type.");
        }
        return errors.Count == 0 ? (new BallotRules(cleared), errors) : (null, errors);
    }

    /// <summary>
    /// Checks a cast ballot against these rules, the box's project list and budget, the phase the process is in
    /// and the voter's eligibility. Every problem is reported, not only the first; the canonical ballot is
    /// returned only when there is none.
    /// </summary>
    /// <param name="choices">What the voter marked: 1 per project (approval, knapsack, choose-one), points (cumulative) or rank 1..k (ranked); unmarked projects are left out.</param>
    /// <param name="box">The ballot box voted in, with exactly the projects its ballot lists.</param>
    /// <param name="phase">The process's phase now (<see cref="Process.PhaseAt"/>).</param>
    /// <param name="eligibility">Whether this voter may vote in <paramref name="box"/>.</param>
    public BallotCheck Check(IEnumerable<BallotChoice> choices, BallotBox box, Phase phase, IVoterEligibility eligibility)
    {
        ArgumentNullException.ThrowIfNull(choices);
        ArgumentNullException.ThrowIfNull(box);
        ArgumentNullException.ThrowIfNull(eligibility);
        var errors = new List<BallotError>();
        if (phase < Phase.Voting)
        {
            errors.Add(new BallotError(BallotErrors.VotingNotOpen));
        }
        else if (phase > Phase.Voting)
        {
            errors.Add(new BallotError(BallotErrors.VotingClosed));
        }
        if (!eligibility.MayVoteIn(box.Id))
        {
            errors.Add(new BallotError(BallotErrors.NotEligible));
        }
        return Finish(choices, box, errors);
    }

    /// <summary>
    /// Checks only what a ballot says against these rules and the box, as for a paper ballot keyed in by a poll worker,
    /// whose voter was checked at the polling station and whose phase is the station's business.
    /// </summary>
    public BallotCheck CheckContent(IEnumerable<BallotChoice> choices, BallotBox box)
    {
        ArgumentNullException.ThrowIfNull(choices);
        ArgumentNullException.ThrowIfNull(box);
        return Finish(choices, box, []);
    }

    private BallotCheck Finish(IEnumerable<BallotChoice> choices, BallotBox box, List<BallotError> errors)
    {
        var marked = BallotContentCheck.Run(this, choices.ToList(), box, errors);
        return errors.Count == 0
            ? BallotCheck.Accept(new CanonicalBallot(box.Id, Type, marked))
            : BallotCheck.Reject(errors);
    }

    private static void AtLeast(List<BallotError> errors, int? value, int least, string field)
    {
        if (value < least)
        {
            errors.Add(new BallotError(BallotErrors.ValueTooSmall, [least], field: field));
        }
    }

    private static void Required(List<BallotError> errors, int? value, int least, string field)
    {
        if (value is null)
        {
            errors.Add(new BallotError(BallotErrors.MissingParameter, field: field));
        }
        AtLeast(errors, value, least, field);
    }
}
