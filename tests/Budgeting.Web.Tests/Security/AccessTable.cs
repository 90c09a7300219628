namespace Budgeting.Web.Tests.Security;

/// <summary>Who is asking: nobody, an account with or without roles, or the holder of a redeemed voting code.</summary>
[Flags]
public enum Who
{
    None = 0,
    Visitor = 1,
    Resident = 2,

    /// <summary>A redeemed voting code and no account: a visitor everywhere but the ballot pages.</summary>
    CodeVoter = 4,
    Reviewer = 8,
    PollWorker = 16,
    Organizer = 32,
    Admin = 64,

    Organizers = Organizer | Admin,
    PollWorkers = PollWorker | Organizers,
    Reviewers = Reviewer | Organizers,
    Accounts = Resident | Reviewer | PollWorker | Organizers,
    Voters = Accounts | CodeVoter,
    Everyone = Visitor | Voters,
}

/// <summary>One row of the table: a page route as the router knows it, a verb, a handler ("" for none) and who may use it.</summary>
public sealed record Access(string Route, string Verb, string Handler, Who Allowed)
{
    public string Key => $"{Verb} {Route}" + (Handler.Length > 0 ? $" ?handler={Handler}" : "");

    /// <summary>Posts that end the session (or its two-factor sign-in) go last, so the other rows still have it.</summary>
    public bool EndsSession => Verb == "POST" && (Route == "/account/logout" || Handler is "Finish" or "Disable");

    public override string ToString() => Key;
}

/// <summary>
/// The one declared table of who may use which page and handler. The authorization matrix test checks it against the
/// app's own endpoints (every page and handler must be listed here, and nothing else) and then, cell by cell, against
/// real requests. Rows that depend on data say so: the world they run in is <see cref="SecurityWorld"/>.
/// </summary>
public static class AccessTable
{
    private const string Get = "GET";
    private const string Post = "POST";

    public static readonly IReadOnlyList<Access> Rows =
    [
        new("/", Get, "", Who.Everyone),
        new("/Index", Get, "", Who.Everyone),
        new("/Error", Get, "", Who.Everyone),
        new("/not-found", Get, "", Who.Everyone),
        new("/healthz", Get, "", Who.Everyone),
        new("/language", Get, "", Who.Everyone),
        new("/language", Post, "", Who.Everyone),

        // It answers 403 itself, as the page that says "access denied"; that is not a refusal to show it.
        new("/account/access-denied", Get, "", Who.Everyone),
        new("/account/confirm-email", Get, "", Who.Everyone),
        new("/account/login", Get, "", Who.Everyone),
        new("/account/login", Post, "", Who.Everyone),
        // The second step of a two-factor sign-in: without a first step pending, it sends back to the login page itself.
        new("/account/login-2fa", Get, "", Who.Everyone),
        new("/account/login-2fa", Post, "", Who.Everyone),
        new("/account/logout", Get, "", Who.Everyone),
        new("/account/logout", Post, "", Who.Everyone),
        new("/account/register", Get, "", Who.Everyone),
        new("/account/register", Post, "", Who.Everyone),
        new("/account/two-factor", Get, "", Who.Accounts),
        new("/account/two-factor", Post, "Disable", Who.Accounts),
        new("/account/two-factor", Post, "Enable", Who.Accounts),

        new("/admin/audit", Get, "", Who.Admin),

        // A voting code is typed on /code or opened from its QR code at /c/{code}; the code voter finishes there too.
        new("/code", Get, "", Who.Everyone),
        new("/code", Post, "", Who.Everyone),
        new("/code", Post, "Finish", Who.Everyone),
        new("/c/{code?}", Get, "", Who.Everyone),
        new("/c/{code?}", Post, "", Who.Everyone),
        new("/c/{code?}", Post, "Finish", Who.Everyone),

        new("/my/proposals", Get, "", Who.Accounts),

        new("/organize", Get, "", Who.Organizers),
        new("/organize/processes/new", Get, "", Who.Organizers),
        new("/organize/processes/new", Post, "", Who.Organizers),
        new("/organize/processes/{id:int}/ballot", Get, "", Who.Organizers),
        new("/organize/processes/{id:int}/ballot", Post, "", Who.Organizers),
        new("/organize/processes/{id:int}/categories", Get, "", Who.Organizers),
        new("/organize/processes/{id:int}/categories", Post, "Add", Who.Organizers),
        new("/organize/processes/{id:int}/categories", Post, "Remove", Who.Organizers),
        new("/organize/processes/{id:int}/categories", Post, "Rename", Who.Organizers),
        new("/organize/processes/{id:int}/codes", Get, "", Who.Organizers),
        new("/organize/processes/{id:int}/codes", Get, "Csv", Who.Organizers),
        new("/organize/processes/{id:int}/codes", Get, "Pdf", Who.Organizers),
        new("/organize/processes/{id:int}/codes", Post, "", Who.Organizers),
        new("/organize/processes/{id:int}/districts", Get, "", Who.Organizers),
        new("/organize/processes/{id:int}/districts", Post, "Add", Who.Organizers),
        new("/organize/processes/{id:int}/districts", Post, "Remove", Who.Organizers),
        new("/organize/processes/{id:int}/districts", Post, "Update", Who.Organizers),
        new("/organize/processes/{id:int}/edit", Get, "", Who.Organizers),
        new("/organize/processes/{id:int}/edit", Post, "", Who.Organizers),
        new("/organize/processes/{id:int}/eligibility", Get, "", Who.Organizers),
        new("/organize/processes/{id:int}/eligibility", Post, "", Who.Organizers),
        new("/organize/processes/{id:int}/eligibility", Post, "Census", Who.Organizers),
        new("/organize/processes/{id:int}/phase", Get, "", Who.Organizers),
        new("/organize/processes/{id:int}/phase", Post, "", Who.Organizers),
        new("/organize/processes/{id:int}/projects", Get, "", Who.Organizers),
        new("/organize/processes/{id:int}/projects", Post, "", Who.Organizers),
        new("/organize/processes/{id:int}/results", Get, "", Who.Organizers),
        new("/organize/processes/{id:int}/results", Post, "Publish", Who.Organizers),
        new("/organize/processes/{id:int}/results", Post, "Tally", Who.Organizers),
        new("/organize/processes/{id:int}/turnout", Get, "", Who.Organizers),

        new("/polling/{processId:int}", Get, "", Who.PollWorkers),
        new("/polling/{processId:int}", Post, "Voter", Who.PollWorkers),
        new("/polling/{processId:int}/key", Get, "", Who.PollWorkers),
        new("/polling/{processId:int}/key", Post, "", Who.PollWorkers),
        new("/polling/{processId:int}/disputes", Get, "", Who.Organizers),

        new("/processes/{id:int}", Get, "", Who.Everyone),
        new("/processes/{id:int}/open-data/{file?}", Get, "", Who.Everyone),
        new("/processes/{id:int}/projects", Get, "", Who.Everyone),
        new("/processes/{id:int}/receipts", Get, "", Who.Everyone),
        new("/processes/{id:int}/results", Get, "", Who.Everyone),
        new("/processes/{id:int}/results", Get, "Pdf", Who.Everyone),
        new("/processes/{id:int}/verify", Get, "", Who.Accounts),
        new("/processes/{id:int}/verify", Post, "", Who.Accounts),
        new("/processes/{processId:int}/proposals", Get, "", Who.Everyone),
        new("/processes/{processId:int}/propose", Get, "", Who.Accounts),
        new("/processes/{processId:int}/propose", Post, "", Who.Accounts),

        new("/photos/{key}", Get, "", Who.Everyone),
        new("/proposals/{id:int}", Get, "", Who.Everyone),

        // Only the proposal's author edits it (the world's resident); any other account is refused by the page.
        new("/proposals/{id:int}/edit", Get, "", Who.Resident),
        new("/proposals/{id:int}/edit", Post, "", Who.Resident),

        new("/review/processes/{processId:int}", Get, "", Who.Reviewers),
        new("/review/proposals/{id:int}", Get, "", Who.Reviewers),
        new("/review/proposals/{id:int}", Post, "", Who.Reviewers),

        // Any account, or a code voter: whether they may vote in this box is the ballot's business, not authorization's.
        new("/vote/{processId:int}/{box}", Get, "", Who.Voters),
        new("/vote/{processId:int}/{box}", Post, "Cast", Who.Voters),
        new("/vote/{processId:int}/{box}", Post, "Change", Who.Voters),
        new("/vote/{processId:int}/{box}", Post, "Review", Who.Voters),
        new("/vote/{processId:int}/{box}/counted", Get, "", Who.Voters),
    ];
}
