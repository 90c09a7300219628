using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Budgeting.Web.Tests.Security;

/// <summary>
/// Every form of the app (each POST handler the endpoint data source lists) gets at least 1,000 generated malformed and
/// hostile posts from a user allowed to use it. Each must be answered with a 4xx, or a 200 or redirect that stores
/// nothing; never a 5xx; a post without its own valid antiforgery token is refused with 400 (or 429); no answer
/// contains a script payload unescaped, and no redirect leaves the site. Set BUDGETING_HOSTILE_SEED to replay a run.
/// </summary>
public sealed class HostileInputTests : SecurityFixture
{
    private const int PostsPerForm = 1000;
    private const int PostsBetweenFingerprints = 25;
    private const int MaxReportedPerForm = 5;

    // Posts of one window go out together (both cores busy); the database is compared between windows.
    private const int Concurrency = 4;

    private readonly Dictionary<Who, RawSession> _sessions = [];
    private readonly ServerErrors _errors = new();
    private long _fingerprintMs;

    [OneTimeSetUp]
    public async Task OpenSessions()
    {
        App.Services.GetRequiredService<ILoggerFactory>().AddProvider(_errors);
        foreach (var who in new[] { Who.Visitor, Who.CodeVoter, Who.Resident, Who.Reviewer, Who.PollWorker, Who.Organizer })
        {
            var session = RawSession.Open(App, who.ToString());
            Assert.That(await session.TakeTokenAsync("/account/login"), Is.True);
            if (who == Who.CodeVoter)
            {
                await session.RedeemAsync(World.Codes.Dequeue());
            }
            else if (World.Accounts.TryGetValue(who, out var account))
            {
                await session.SignInAsync(account.Email, account.Password);
            }
            session.Freeze();
            _sessions[who] = session;
        }
    }

    [OneTimeTearDown]
    public void CloseSessions()
    {
        foreach (var session in _sessions.Values)
        {
            session.Dispose();
        }
    }

    [Test]
    public async Task EveryFormRefusesHostilePostsWithoutAnErrorAStoredRowOrAnUnescapedPayload()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("BUDGETING_HOSTILE_SEED"), CultureInfo.InvariantCulture, out var s) ? s : 8_2026;
        await TestContext.Out.WriteLineAsync($"Hostile input seed {seed} (BUDGETING_HOSTILE_SEED={seed} replays this run).");
        var only = Environment.GetEnvironmentVariable("BUDGETING_HOSTILE_FORMS");
        var forms = (await AppEndpoints.ListAsync(App.Services))
            .Where(h => h.Verb == "POST" && (string.IsNullOrEmpty(only) || h.Key.Contains(only, StringComparison.Ordinal))).ToList();
        var ids = await IdsAsync();
        var failures = new List<string>();
        var total = 0;
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        foreach (var form in forms)
        {
            var (sent, problems) = await RunFormAsync(form, ids, seed ^ StableHash(form.Key));
            total += sent;
            failures.AddRange(problems);
        }
        cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu;
        await TestContext.Out.WriteLineAsync(
            $"{total} hostile posts to {forms.Count} forms; {_fingerprintMs} ms comparing the database; {cpu.TotalSeconds:0.0} s of processor time.");
        Assert.That(forms, Has.Count.GreaterThan(string.IsNullOrEmpty(only) ? 20 : 0), "The endpoint enumeration found too few forms.");
        Assert.That(failures, Is.Empty, $"Seed {seed}:\n" + string.Join("\n\n", failures));
    }

    /// <summary>A post to a page that only shows something (no POST handler) is refused, never run without a handler.</summary>
    [Test]
    public async Task APostToAPageWithoutAFormIsRefused()
    {
        var handlers = await AppEndpoints.ListAsync(App.Services);
        var forms = handlers.Where(h => h.Verb == "POST").Select(h => h.Route).ToHashSet();
        var pages = handlers.Where(h => h.Verb == "GET" && h.Handler.Length == 0 && h.ModelType is not null && !forms.Contains(h.Route)).ToList();
        var wrong = new List<string>();
        foreach (var page in pages)
        {
            // Admin pages are left out: admins sign in with a second step, which these sessions do not take.
            if (!(AccessTable.Rows.FirstOrDefault(r => r.Key == page.Key)?.Allowed ?? Who.Everyone).HasFlag(UserFor(page)))
            {
                continue;
            }
            var session = _sessions[UserFor(page)];
            var url = World.Url(page.Route);
            Assert.That(await session.TakeTokenAsync(url) || await session.TakeTokenAsync("/account/login"), Is.True);
            var (status, _, _) = await session.PostFormAsync(url, [new("__RequestVerificationToken", session.Token), new("handler", "x")]);
            if ((int)status is < 400 or >= 500 && page.ModelType!.GetMethods().Any(m => m.Name.StartsWith("OnGet", StringComparison.Ordinal)))
            {
                wrong.Add($"POST {url}: {(int)status}");
            }
        }
        Assert.That(pages, Has.Count.GreaterThan(10));
        Assert.That(wrong, Is.Empty, string.Join("\n", wrong));
    }

    private async Task<(int Sent, List<string> Problems)> RunFormAsync(PageHandler form, IReadOnlyList<string> ids, int seed)
    {
        var who = UserFor(form);
        var session = _sessions[who];
        var page = World.Url(form.Route);
        if (!await session.TakeTokenAsync(page) && !await session.TakeTokenAsync("/account/login"))
        {
            return (0, [$"{form}: no antiforgery token for {who}."]);
        }
        var otherTokens = new List<string>();
        foreach (var other in _sessions.Where(o => o.Key != who))
        {
            await other.Value.TakeTokenAsync("/account/login");
            otherTokens.Add(other.Value.Token);
        }
        var breaker = HostileBreakers.For(form);
        var fields = FormFields.Of(form);
        var problems = new List<string>();
        if (breaker.Field is { } field && fields.All(f => f.Name != field))
        {
            problems.Add($"{form}: the breaker field {field} is not a field of the form ({string.Join(", ", fields)}).");
        }
        var checksToken = form.ModelType?.GetCustomAttributes(typeof(IgnoreAntiforgeryTokenAttribute), true).Length is null or 0;
        var posts = new HostilePosts(fields, breaker, World.Targets(form.Route, form.Handler), session.Token, otherTokens, ids, seed);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var before = await DatabaseFingerprint.TakeAsync(App);
        var sent = 0;
        var statuses = new Dictionary<int, int>();
        foreach (var window in posts.Generate(PostsPerForm).Chunk(PostsBetweenFingerprints))
        {
            var answers = new (int Status, string? Problem)[window.Length];
            await Parallel.ForAsync(0, window.Length, new ParallelOptions { MaxDegreeOfParallelism = Concurrency }, async (i, _) =>
            {
                using var response = await session.SendAsync(window[i].ToRequest());
                var body = await response.Content.ReadAsStringAsync();
                answers[i] = ((int)response.StatusCode, Problem(window[i], response, body, checksToken));
            });
            var errors = _errors.Drain();
            sent += window.Length;
            foreach (var (answer, post) in answers.Zip(window))
            {
                statuses[answer.Status] = statuses.GetValueOrDefault(answer.Status) + 1;
                if (answer.Problem is { } problem && problems.Count < MaxReportedPerForm)
                {
                    problems.Add($"{form} as {who}: {problem}\n  {Shorten(post.ToString(), 1000)}"
                        + string.Concat(errors.Take(2).Select(e => "\n  logged meanwhile: " + e)));
                }
            }
            var fingerprinting = clock.ElapsedMilliseconds;
            var after = await DatabaseFingerprint.TakeAsync(App);
            _fingerprintMs += clock.ElapsedMilliseconds - fingerprinting;
            if (after.Differences(before) is { Count: > 0 } changed && problems.Count < MaxReportedPerForm)
            {
                problems.Add($"{form} as {who}: stored something ({string.Join("; ", changed)}) in one of:\n  "
                    + string.Join("\n  ", window.Select(p => Shorten(p.ToString(), 400))));
            }
            before = after;
        }
        await TestContext.Out.WriteLineAsync(
            $"{form} as {who}: {sent} posts in {clock.ElapsedMilliseconds} ms, " + string.Join(", ", statuses.OrderBy(p => p.Key).Select(p => $"{p.Key}×{p.Value}")));
        return (sent, problems);
    }

    private static string? Problem(HostilePost post, HttpResponseMessage response, string body, bool checksToken)
    {
        var status = (int)response.StatusCode;
        if (status >= 500)
        {
            return $"answered {status}";
        }
        if (checksToken && post.Token != TokenUse.Own && status is not (400 or 429))
        {
            return $"answered {status} to a post without its own antiforgery token";
        }
        if (HostileValues.Unescaped.FirstOrDefault(m => body.Contains(m, StringComparison.Ordinal)) is { } mark)
        {
            var at = body.IndexOf(mark, StringComparison.Ordinal);
            return $"answered with the payload unescaped: …{body[Math.Max(0, at - 120)..Math.Min(body.Length, at + 80)]}…";
        }
        if (response.Headers.Location is { } location
            && (location.IsAbsoluteUri
                ? location.Host != response.RequestMessage?.RequestUri?.Host
                : !location.OriginalString.StartsWith('/') || location.OriginalString.StartsWith("//", StringComparison.Ordinal)
                    || location.OriginalString.StartsWith("/\\", StringComparison.Ordinal)))
        {
            return $"redirected off the site, to {location.OriginalString}";
        }
        if (response.Headers.Contains("X-Hostile"))
        {
            return "answered with a header the post injected";
        }
        return null;
    }

    /// <summary>The least privileged user the table lets use the form (code voters for ballots, authors for their proposals).</summary>
    private static Who UserFor(PageHandler form)
    {
        var allowed = AccessTable.Rows.FirstOrDefault(r => r.Key == form.Key)?.Allowed ?? Who.Visitor;
        return new[] { Who.Visitor, Who.CodeVoter, Who.Resident, Who.Reviewer, Who.PollWorker, Who.Organizer }
            .FirstOrDefault(w => allowed.HasFlag(w), Who.Organizer);
    }

    /// <summary>Every id in the database (processes, districts, projects, proposals, categories...): the foreign ids of the posts.</summary>
    private Task<IReadOnlyList<string>> IdsAsync() => App.WithDbAsync<IReadOnlyList<string>>(async db =>
    {
        var tables = db.Model.GetEntityTypes()
            .Where(t => t.GetTableName() is not null && t.FindProperty("Id")?.ClrType is { } type && (type == typeof(int) || type == typeof(long)))
            .Select(t => t.GetTableName()!).Distinct().ToList();
        var ids = new SortedSet<long>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT \"Id\" FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                ids.Add(Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture));
            }
        }
        await db.Database.CloseConnectionAsync();
        return ids.Select(i => i.ToString(CultureInfo.InvariantCulture)).ToList();
    });

    private static int StableHash(string text) =>
        Encoding.UTF8.GetBytes(text).Aggregate(17, (hash, b) => unchecked((hash * 31) + b));

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..length] + "…";
}
