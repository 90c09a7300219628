using Budgeting.Web.Infrastructure.Photos;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Budgeting.Web.Pages.Proposals;

// Keys are random and a stored photo never changes, so phones may keep it for a year.
[ResponseCache(Duration = 365 * 24 * 3600, Location = ResponseCacheLocation.Any)]
public sealed class PhotoModel(IPhotoStore photos) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string key, CancellationToken ct) =>
        await photos.OpenReadAsync(key, ct) is { } stream ? File(stream, "image/jpeg") : NotFound();
}
