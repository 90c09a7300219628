using System.Net;
using Budgeting.Web.Infrastructure;
using Budgeting.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Budgeting.Web.Tests.Pages.Proposals;

public sealed class PhotoTests : AppFixture
{
    private const long MaxBytes = 8 * 1024 * 1024;

    private int _processId;

    [OneTimeSetUp]
    public async Task CreateProcessInProposals() =>
        _processId = await CreateProcessInProposalsAsync(await SignedInAsAdminAsync(), ["Parques"], ("Coyoacán", "1000000"));

    [Test]
    public async Task ServesPngUploadAsJpegOfTheSameSize()
    {
        var photo = await UploadAndFetchAsync(new UploadFile("parque.png", "image/png", TestImages.Png(300, 200)));

        Assert.Multiple(() =>
        {
            Assert.That(photo.Take(3), Is.EqualTo(new byte[] { 0xFF, 0xD8, 0xFF }));
            Assert.That(TestImages.SizeOf(photo), Is.EqualTo((300, 200)));
        });
    }

    [Test]
    public async Task ShrinksLargePhotoTo1280PixelsOnTheLongSide()
    {
        var photo = await UploadAndFetchAsync(new UploadFile("grande.png", "image/png", TestImages.Png(3000, 2000)));

        Assert.That(TestImages.SizeOf(photo), Is.EqualTo((1280, 853)));
    }

    [Test]
    public async Task DropsExifMetadataAndTurnsThePixelsUpright()
    {
        var original = TestImages.JpegWithExif(200, 100, orientation: 6);
        Assert.That(TestImages.OriginOf(original), Is.EqualTo(SkiaSharp.SKEncodedOrigin.RightTop), "the test image's EXIF is unreadable");

        var photo = await UploadAndFetchAsync(new UploadFile("IMG_0001.jpg", "image/jpeg", original));

        Assert.Multiple(() =>
        {
            Assert.That(Contains(photo, System.Text.Encoding.ASCII.GetBytes(TestImages.ExifSecret)), Is.False);
            Assert.That(Contains(photo, "Exif\0\0"u8.ToArray()), Is.False);
            Assert.That(TestImages.SizeOf(photo), Is.EqualTo((100, 200)));
        });
    }

    [TestCase("notas.txt", "text/plain", "texto")]
    [TestCase("foto.jpg", "image/jpeg", "texto")]
    [TestCase("roto.png", "image/png", "png-header-only")]
    public async Task RefusesFileThatIsNoImageAndStoresNothing(string fileName, string contentType, string content)
    {
        var bytes = content == "texto"
            ? "Esto no es una foto, es un texto."u8.ToArray()
            : TestImages.Png(10, 10).Take(40).ToArray();

        var (after, stored, files) = await ProposeWithAsync(new UploadFile(fileName, contentType, bytes));

        Assert.Multiple(() =>
        {
            Assert.That(after.FieldError("Input.Photo"), Is.EqualTo("La foto debe ser una imagen JPEG, PNG o WebP."));
            Assert.That(stored, Is.Zero);
            Assert.That(files, Is.Zero);
        });
    }

    [Test]
    public async Task RefusesPhotoOverEightMegabytesAndStoresNothing()
    {
        var bytes = new byte[MaxBytes + 1];
        new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }.CopyTo(bytes, 0);

        var (after, stored, files) = await ProposeWithAsync(new UploadFile("enorme.jpg", "image/jpeg", bytes));

        Assert.Multiple(() =>
        {
            Assert.That(after.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(after.FieldError("Input.Photo"), Is.EqualTo("La foto pesa más de 8 MB; elige una más ligera."));
            Assert.That(stored, Is.Zero);
            Assert.That(files, Is.Zero);
        });
    }

    [Test]
    public async Task ExplainsTheRefusedPhotoInEnglish()
    {
        var resident = await SignedInUserAsync([Roles.Resident], acceptLanguage: "en-GB");
        var form = await ProposalFormPage.OpenProposeAsync(resident.Browser, _processId);

        var after = await form.SubmitAsync(ProposalValues.Valid("Coyoacán", "Parques"), new UploadFile("a.txt", "text/plain", "hola"u8.ToArray()));

        Assert.That(after.FieldError("Input.Photo"), Is.EqualTo("The photo must be a JPEG, PNG or WebP image."));
    }

    [Test]
    public async Task KeepsNoFileOfAProposalTheDomainRefused()
    {
        var resident = await SignedInUserAsync([Roles.Resident]);
        var files = UploadedFiles();
        var form = await ProposalFormPage.OpenProposeAsync(resident.Browser, _processId);

        var after = await form.SubmitAsync(ProposalValues.Valid("Coyoacán", "Parques") with { EstimatedCost = "2000000" },
            new UploadFile("parque.png", "image/png", TestImages.Png(50, 50)));

        Assert.Multiple(() =>
        {
            Assert.That(after.Errors, Does.Contain("El costo es mayor que todo el presupuesto de la colonia; no podría financiarse."));
            Assert.That(UploadedFiles(), Is.EqualTo(files));
        });
    }

    [TestCase("/photos/..%2F..%2Fbudgeting.db")]
    [TestCase("/photos/..%2Fbudgeting.db")]
    [TestCase("/photos/..%5C..%5Cbudgeting.db")]
    [TestCase("/photos/0123456789abcdef0123456789abcdef.jpg")]
    [TestCase("/photos/0123456789ABCDEF0123456789ABCDEF.jpg")]
    public async Task AnswersNotFoundForUnknownOrMalformedKey(string path)
    {
        var response = await NewBrowser().GetWithoutRedirectAsync(path);

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.Not.EqualTo("image/jpeg"));
            Assert.That(await response.Content.ReadAsStringAsync(), Does.Not.Contain("SQLite format"));
        });
    }

    private async Task<byte[]> UploadAndFetchAsync(UploadFile file)
    {
        var (after, _, _) = await ProposeWithAsync(file);
        var url = new ProposalPage(after).PhotoUrl;
        Assert.That(url, Is.Not.Null, $"No photo on {after.Url}: {string.Join(" ", after.Errors)}");
        var response = await NewBrowser().GetWithoutRedirectAsync(url!);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/jpeg"));
        });
        return await response.Content.ReadAsByteArrayAsync();
    }

    private async Task<(WebPage After, int Stored, int NewFiles)> ProposeWithAsync(UploadFile file)
    {
        var resident = await SignedInUserAsync([Roles.Resident]);
        var files = UploadedFiles();
        var form = await ProposalFormPage.OpenProposeAsync(resident.Browser, _processId);
        var after = await form.SubmitAsync(ProposalValues.Valid("Coyoacán", "Parques"), file);
        var stored = await DbAsync(db => db.Proposals.CountAsync(p => p.AuthorId == resident.Id));
        return (after, stored, UploadedFiles() - files);
    }

    private int UploadedFiles() => Directory.Exists(App.UploadFolder) ? Directory.GetFiles(App.UploadFolder).Length : 0;

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
