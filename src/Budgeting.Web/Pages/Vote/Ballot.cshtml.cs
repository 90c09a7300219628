using System.Security.Cryptography;
using Budgeting.Core.Projects;
using Budgeting.Core.Voting;
using Budgeting.Web.Data;
using Budgeting.Web.Eligibility;
using Budgeting.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Budgeting.Web.Pages.Vote;

/// <summary>
/// The ballot, in one flow: choose, review the choices on one page, cast, and the receipt. Nothing is stored before
/// the cast, and the cast stores the whole ballot or nothing; every rule is checked on the server at each step.
/// </summary>
public sealed class BallotModel(
    BudgetingDbContext db,
    BallotBoxCache boxes,
    VoterResolver voters,
    BallotStore store,
    BallotCommits commits,
    IOptions<VotingOptions> options,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l) : BallotPageModel(db, boxes, voters, clock)
{
    private StoredBallot? _previous;

    [BindProperty]
    public BallotForm Form { get; set; } = new();

    public bool Reviewing { get; private set; }

    public bool AlreadyVoted => _previous is not null;

    public bool VotedOnPaper { get; private set; }

    public IReadOnlyList<Project> Ordered { get; private set; } = [];

    public IReadOnlyList<BallotError> Errors { get; private set; } = [];

    public IReadOnlyList<BallotChoice> Choices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int processId, string box, CancellationToken ct)
    {
        if (!await PrepareAsync(processId, box, ct))
        {
            return NotFound();
        }
        Form = _previous is not { } ballot ? new BallotForm() : BallotForm.From(ballot.Choices(), Rules.Type);
        Form.FormKey = NewFormKey();
        return Page();
    }

    public async Task<IActionResult> OnPostReviewAsync(int processId, string box, CancellationToken ct)
    {
        if (!await PrepareAsync(processId, box, ct))
        {
            return NotFound();
        }
        Reviewing = Check() is not null;
        return Page();
    }

    public async Task<IActionResult> OnPostChangeAsync(int processId, string box, CancellationToken ct) =>
        await PrepareAsync(processId, box, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCastAsync(int processId, string box, CancellationToken ct)
    {
        if (!await LoadAsync(processId, box, ct))
        {
            return NotFound();
        }
        // A valid cast reads nothing more: the writer itself refuses a voter who voted on paper.
        Choices = Form.ToChoices(Rules.Type);
        var check = Rules.Check(Choices, Box, Phase, Voter.Eligibility);
        if (check is { Errors.Count: 0, Ballot: { } ballot } && BallotForm.IsWellFormedKey(Form.FormKey))
        {
            var outcome = await commits.CastAsync(new CastRequest(ballot, VoterKey, Voter.Channel, Form.FormKey!), ct);
            if (outcome.Refusal is not { } refusal)
            {
                return RedirectToPage("Counted", new { processId, box });
            }
            await ReadVoterAsync(ct);
            Errors = [new BallotError(refusal)];
            return Page();
        }
        await ReadVoterAsync(ct);
        Check();
        return Page();
    }

    public string Message(BallotError error) => BallotErrorText.Format(l, error, Process.CurrencyCode);

    private async Task<bool> PrepareAsync(int processId, string box, CancellationToken ct)
    {
        if (!await LoadAsync(processId, box, ct))
        {
            return false;
        }
        await ReadVoterAsync(ct);
        return true;
    }

    /// <summary>What the page shows of this voter: their order of the projects, their ballot, a vote on paper.</summary>
    private async Task ReadVoterAsync(CancellationToken ct)
    {
        Ordered = OrderedProjects(options.Value.OrderSecret);
        (_, _previous, var onPaper) = await store.FindAsync(VoterKey, BoxId, ct);
        VotedOnPaper = onPaper;
    }

    private CanonicalBallot? Check()
    {
        Choices = Form.ToChoices(Rules.Type);
        var check = Rules.Check(Choices, Box, Phase, Voter.Eligibility);
        var errors = check.Errors.ToList();
        if (VotedOnPaper)
        {
            errors.Add(new BallotError(BallotErrors.VotedOnPaper));
        }
        if (!BallotForm.IsWellFormedKey(Form.FormKey))
        {
            errors.Add(new BallotError(BallotErrors.InvalidMark));
            Form.FormKey = NewFormKey();
        }
        Errors = errors;
        return errors.Count == 0 ? check.Ballot : null;
    }

    private static string NewFormKey() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
