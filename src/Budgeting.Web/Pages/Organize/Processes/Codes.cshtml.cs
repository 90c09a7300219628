using System.Globalization;
using System.Security.Claims;
using System.Text;
using Budgeting.Core.Auditing;
using Budgeting.Core.Eligibility;
using Budgeting.Core.Processes;
using Budgeting.Reports.CodeSheets;
using Budgeting.Reports.Model;
using Budgeting.Reports.Rendering;
using Budgeting.Web.Data;
using Budgeting.Web.Eligibility;
using Budgeting.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Budgeting.Web.Pages.Organize.Processes;

/// <summary>Voting codes of a process: issue a batch for a district, download it as a printable sheet or a CSV list.</summary>
public sealed class CodesModel(
    BudgetingDbContext db,
    CodeIssuer issuer,
    AuditLog audit,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l) : ProcessPageModel(db, audit, clock, l)
{
    [BindProperty]
    public int? DistrictId { get; set; }

    [BindProperty]
    public string? Count { get; set; }

    public EligibilitySettings Settings { get; private set; } = null!;

    public IReadOnlyList<CodeBatch> Batches { get; private set; } = [];

    public override async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await PrepareAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await PrepareAsync(id, ct))
        {
            return NotFound();
        }
        var district = Process.Districts.FirstOrDefault(d => d.Id == DistrictId);
        if (!Settings.Mode.UsesCodes())
        {
            ModelState.AddModelError(string.Empty, L["Codes.NotInMode"]);
        }
        else if (Process.PhaseAt(NowUtc) > Phase.Voting)
        {
            ModelState.AddModelError(string.Empty, L["Codes.VotingOver"]);
        }
        if (district is null)
        {
            ModelState.AddModelError(nameof(DistrictId), L["Validation.Choose", L["Account.District"]]);
        }
        if (!int.TryParse(Count, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count is < 1 or > CodeBatch.MaxCount)
        {
            ModelState.AddModelError(nameof(Count), L["Codes.CountRange", CodeBatch.MaxCount.ToString("N0", CultureInfo.CurrentCulture)]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var batch = await issuer.IssueAsync(Settings, district!.Id, count, User.FindFirstValue(ClaimTypes.NameIdentifier)!, ct);
        TempData["StatusMessage"] = L["Codes.Issued", count, district.Name].Value;
        return RedirectToPage(new { id, issued = batch.Id });
    }

    public async Task<IActionResult> OnGetPdfAsync(int id, long batchId, CancellationToken ct)
    {
        if (!await PrepareAsync(id, ct) || Batches.FirstOrDefault(b => b.Id == batchId) is not { } batch)
        {
            return NotFound();
        }
        var district = Process.Districts.First(d => d.Id == batch.DistrictId);
        var entries = issuer.Unseal(batch).Select(code => new CodeSheetEntry(district.Name, code, CodeUrl(code))).ToList();
        var close = ProcessTime.Format(Process.Schedule.VotingCloseUtc, Process.TimeZoneId, CultureInfo.CurrentCulture);
        var sheet = new CodeSheet(Process.Name, L["Codes.SheetHeading"], L["Codes.SheetInstructions", CodeUrl(null)],
            L["Codes.SheetCloses", close], L["Codes.SheetFooter"],
            new DocumentInfo(L["Codes.SheetTitle", Process.Name, district.Name], L["App.Name"], L["Codes.Title"],
                CultureInfo.CurrentCulture.Name, new DateTimeOffset(batch.CreatedAtUtc, TimeSpan.Zero)),
            entries);
        var pdf = PdfRenderer.Render(CodeSheetLayout.Build(sheet));
        await RecordDownloadAsync(batch, "pdf", ct);
        return File(pdf, "application/pdf", FileName(batch, district, "pdf"));
    }

    public async Task<IActionResult> OnGetCsvAsync(int id, long batchId, CancellationToken ct)
    {
        if (!await PrepareAsync(id, ct) || Batches.FirstOrDefault(b => b.Id == batchId) is not { } batch)
        {
            return NotFound();
        }
        var district = Process.Districts.First(d => d.Id == batch.DistrictId);
        var csv = new StringBuilder("code,district,url\n");
        foreach (var code in issuer.Unseal(batch))
        {
            csv.Append(code).Append(',').Append(CsvText.Field(district.Name)).Append(',').Append(CodeUrl(code)).Append('\n');
        }
        await RecordDownloadAsync(batch, "csv", ct);
        return File(new UTF8Encoding(true).GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray(),
            "text/csv; charset=utf-8", FileName(batch, district, "csv"));
    }

    public string DistrictName(int districtId) => Process.Districts.FirstOrDefault(d => d.Id == districtId)?.Name ?? "";

    /// <summary>The address a code's QR opens: the redemption page with the code filled in, or the page to type it.</summary>
    private string CodeUrl(string? code) => code is null
        ? $"{Request.Scheme}://{Request.Host}/code"
        : $"{Request.Scheme}://{Request.Host}/c/{VotingCode.Read(code).Bare}";

    private static string FileName(CodeBatch batch, District district, string extension) => string.Create(CultureInfo.InvariantCulture,
        $"codigos-{batch.ProcessId}-{district.Id}-lote-{batch.Id}.{extension}");

    private async Task RecordDownloadAsync(CodeBatch batch, string format, CancellationToken ct)
    {
        Audit.Record(AuditActions.CodesDownloaded, Process.Id, string.Create(CultureInfo.InvariantCulture, $"batch={batch.Id} format={format}"));
        await Db.SaveChangesAsync(ct);
    }

    private async Task<bool> PrepareAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return false;
        }
        Settings = await Db.EligibilitySettingsForAsync(Process.Id, ct);
        Batches = await Db.CodeBatches.AsNoTracking().Where(b => b.ProcessId == id).OrderByDescending(b => b.Id).ToListAsync(ct);
        return true;
    }
}
