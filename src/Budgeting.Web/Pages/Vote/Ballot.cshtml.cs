using System.Security.Cryptography;
using Budgeting.Core.Projects;
using Budgeting.Core.Voting;
using Budgeting.Web.Data;
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
    VoteWriter writer,
    IOptions<VotingOptions> options,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l) : BallotPageModel(db, clock)
{
    private StoredBallot? _previous;

    [BindProperty]
    public BallotForm Form { get; set; } = new();

    public bool Reviewing { get; private set; }

    public bool AlreadyVoted => _previous is not null;

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
        Reviewing = await CheckAsync(ct) is not null;
        return Page();
    }

    public async Task<IActionResult> OnPostChangeAsync(int processId, string box, CancellationToken ct) =>
        await PrepareAsync(processId, box, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCastAsync(int processId, string box, CancellationToken ct)
    {
        if (!await PrepareAsync(processId, box, ct))
        {
            return NotFound();
        }
        var ballot = await CheckAsync(ct);
        if (ballot is null)
        {
            return Page();
        }
        await writer.CastAsync(ballot, VoterKey, VotingChannel.Online, Form.FormKey!, ct);
        return RedirectToPage("Counted", new { processId, box });
    }

    /// <summary>The message of an error, with amounts formatted in the process's currency.</summary>
    public string Message(BallotError error)
    {
        if (error.Code == BallotErrors.TooMany && error.Arguments is [1])
        {
            return l["BallotError.TooManyOne"];
        }
        object[] args = error.Code is BallotErrors.OverBudget or BallotErrors.UnderMinimumShare
            ? error.Arguments.Select(a => (object)MoneyText.Format(a, Process.CurrencyCode, System.Globalization.CultureInfo.CurrentCulture)).ToArray()
            : error.Arguments.Cast<object>().ToArray();
        return l["BallotError." + error.Code, args];
    }

    private async Task<bool> PrepareAsync(int processId, string box, CancellationToken ct)
    {
        if (!await LoadAsync(processId, box, ct))
        {
            return false;
        }
        Ordered = OrderedProjects(options.Value.OrderSecret);
        _previous = (await writer.FindAsync(VoterKey, BoxId, ct)).Ballot;
        return true;
    }

    private async Task<CanonicalBallot?> CheckAsync(CancellationToken ct)
    {
        Choices = Form.ToChoices(Rules.Type);
        var check = Rules.Check(Choices, Box, Phase, await EligibilityAsync(ct));
        var errors = check.Errors.ToList();
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
