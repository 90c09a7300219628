using System.Text;
using Budgeting.Core.Eligibility;
using Budgeting.Core.Processes;
using Budgeting.Core.Residents;
using Budgeting.Web.Data;
using Budgeting.Web.Eligibility;
using Budgeting.Web.Infrastructure;
using Budgeting.Web.Infrastructure.Email;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Budgeting.Web.Pages.Account;

public sealed class RegisterModel(
    UserManager<Data.Account> users,
    BudgetingDbContext db,
    IValidator<RegisterModel.InputModel> validator,
    IEmailSender email,
    CensusRegister census,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l) : PageModel
{
    public const int MinPasswordLength = 10;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>The districts of every process still open, so a resident says where they live once, at sign-up.</summary>
    public IReadOnlyList<Process> OpenProcesses { get; private set; } = [];

    /// <summary>Eligibility of the open processes that check a census, by process id, so sign-up can match the resident at once.</summary>
    public IReadOnlyDictionary<int, EligibilitySettings> CensusProcesses { get; private set; } = new Dictionary<int, EligibilitySettings>();

    public async Task OnGetAsync(CancellationToken ct) => await LoadOpenProcessesAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadOpenProcessesAsync(ct);
        var validation = await validator.ValidateAsync(Input, ct);
        validation.AddToModelState(ModelState, nameof(Input));
        var home = OpenProcesses.SelectMany(p => p.Districts).FirstOrDefault(d => d.Id == Input.DistrictId);
        if (OpenProcesses.Count > 0 && home is null)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.DistrictId)}", l["Validation.Choose", l["Account.District"]]);
        }
        var censusSettings = home is not null && !string.IsNullOrWhiteSpace(Input.CensusIdentifier)
            ? CensusProcesses.GetValueOrDefault(home.ProcessId) : null;
        if (censusSettings is not null && ModelState.IsValid)
        {
            var client = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            var free = await census.CheckFreeAsync(home!.ProcessId, censusSettings, Input.CensusIdentifier, client, ct);
            if (free != CensusMatchOutcome.Matched)
            {
                ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.CensusIdentifier)}", l["Census.Outcome." + free]);
            }
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var address = Input.Email!.Trim();
        var account = new Data.Account { UserName = address, Email = address, DisplayName = Input.DisplayName!.Trim() };
        var created = await users.CreateAsync(account, Input.Password!);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                ModelState.AddModelError(string.Empty, error.Description);
            }
            return Page();
        }
        await users.AddToRoleAsync(account, Roles.Resident);
        if (home is not null)
        {
            db.Residencies.Add(new Residency(account.Id, home.ProcessId, home.Id, clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync(ct);
            if (censusSettings is not null)
            {
                await census.MatchAsync(home.ProcessId, censusSettings, account.Id, Input.CensusIdentifier, ct);
            }
        }
        var token = await users.GenerateEmailConfirmationTokenAsync(account);
        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
        var link = Url.Page("/Account/ConfirmEmail", null, new { userId = account.Id, code }, Request.Scheme)!;
        await email.SendAsync(new EmailMessage(address, l["Register.EmailSubject"], l["Register.EmailBody", account.DisplayName, link]), ct);
        TempData["StatusMessage"] = l["Register.CheckEmail", address].Value;
        return RedirectToPage("/Account/Login");
    }

    public sealed class InputModel
    {
        public string? DisplayName { get; set; }

        public string? Email { get; set; }

        public string? Password { get; set; }

        public string? ConfirmPassword { get; set; }

        public int? DistrictId { get; set; }

        /// <summary>Optional: the resident's census identifier, for a process that checks a census.</summary>
        public string? CensusIdentifier { get; set; }
    }

    private async Task LoadOpenProcessesAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var processes = await db.Processes.AsNoTracking().Include(p => p.Districts)
            .Where(p => p.PublishedAtUtc == null && p.Schedule.VotingCloseUtc > now).OrderBy(p => p.Name).ToListAsync(ct);
        OpenProcesses = processes.Where(p => p.Districts.Count > 0).ToList();
        var ids = OpenProcesses.Select(p => p.Id).ToList();
        CensusProcesses = (await db.EligibilitySettings.AsNoTracking().Where(s => ids.Contains(s.ProcessId)).ToListAsync(ct))
            .Where(s => s.Mode.UsesCensus()).ToDictionary(s => s.ProcessId);
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator(IStringLocalizer<SharedResource> l)
        {
            RuleFor(x => x.DisplayName)
                .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage(_ => l["Validation.Required", l["Account.DisplayName"]])
                .MaximumLength(120).WithMessage(_ => l["Validation.TooLong", l["Account.DisplayName"], 120]);
            RuleFor(x => x.Email)
                .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage(_ => l["Validation.Required", l["Account.Email"]])
                .MaximumLength(256).WithMessage(_ => l["Validation.TooLong", l["Account.Email"], 256])
                .EmailAddress().WithMessage(_ => l["Validation.Email"]);
            RuleFor(x => x.Password)
                .Must(v => !string.IsNullOrEmpty(v)).WithMessage(_ => l["Validation.Required", l["Account.Password"]])
                .MinimumLength(MinPasswordLength).WithMessage(_ => l["Validation.PasswordTooShort", MinPasswordLength])
                .MaximumLength(200).WithMessage(_ => l["Validation.TooLong", l["Account.Password"], 200]);
            RuleFor(x => x.ConfirmPassword)
                .Equal(x => x.Password).WithMessage(_ => l["Validation.PasswordMismatch"]);
        }
    }
}
