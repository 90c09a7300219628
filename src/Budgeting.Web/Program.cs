using Budgeting.Web;
using Budgeting.Web.Data;
using Budgeting.Web.Data.Seeding;
using Budgeting.Web.Eligibility;
using Budgeting.Web.Infrastructure;
using Budgeting.Web.Infrastructure.Email;
using Budgeting.Web.Infrastructure.Photos;
using Budgeting.Web.Infrastructure.Localization;
using Budgeting.Web.Infrastructure.Security;
using Budgeting.Web.Pages.Review;
using Budgeting.Web.Pages.Vote;
using Budgeting.Web.Results;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using System.Text.Encodings.Web;
using System.Text.Unicode;

var builder = WebApplication.CreateBuilder(args);
// Serves the compressed CSS from the build output outside Development too (the README's run command, the tests);
// a published app has no runtime manifest and is unaffected.
builder.WebHost.UseStaticWebAssets();

builder.Services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.SectionName);
builder.Services.AddOptions<SeedOptions>().BindConfiguration(SeedOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddOptions<UploadOptions>().BindConfiguration(UploadOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddOptions<VotingOptions>().BindConfiguration(VotingOptions.SectionName);
builder.Services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddHttpContextAccessor();
builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

builder.Services.AddBudgetingDatabase(builder.Configuration);
builder.Services.AddResponseCompression(o => o.EnableForHttps = true);
builder.Services.AddHealthChecks().AddDbContextCheck<BudgetingDbContext>();

builder.Services.AddIdentity<Account, IdentityRole>(o =>
    {
        o.SignIn.RequireConfirmedAccount = true;
        o.User.RequireUniqueEmail = true;
        o.Password.RequiredLength = 10;
        o.Password.RequireDigit = o.Password.RequireLowercase = false;
        o.Password.RequireUppercase = o.Password.RequireNonAlphanumeric = false;
        o.Lockout.MaxFailedAccessAttempts = 5;
        o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
    })
    .AddEntityFrameworkStores<BudgetingDbContext>()
    .AddDefaultTokenProviders()
    .AddErrorDescriber<LocalizedIdentityErrors>();
builder.Services.ConfigureApplicationCookie(o =>
{
    o.LoginPath = "/account/login";
    o.LogoutPath = "/account/logout";
    o.AccessDeniedPath = "/account/access-denied";
});
builder.Services.AddAuthentication()
    .AddCookie(CodeVoter.Scheme, CodeVoter.ConfigureCookie)
    .AddPolicyScheme(CodeVoter.VoterScheme, null,
        o => o.ForwardDefaultSelector = http => CodeVoter.SelectScheme(http, IdentityConstants.ApplicationScheme));
builder.Services.AddAuthorizationBuilder()
    .AddPolicy(Policies.Voters, p => p.AddAuthenticationSchemes(CodeVoter.VoterScheme).RequireAuthenticatedUser())
    .AddPolicy(Policies.PollWorkers, p => p.RequireRole(Roles.PollWorker, Roles.Organizer, Roles.Admin))
    .AddPolicy(Policies.Organizers, p => p.RequireRole(Roles.Organizer, Roles.Admin))
    .AddPolicy(Policies.Admins, p => p.RequireRole(Roles.Admin))
    .AddPolicy(Policies.Reviewers, p => p.RequireRole(Roles.Reviewer, Roles.Organizer, Roles.Admin));

builder.Services.AddLocalization(o => o.ResourcesPath = "Resources");
builder.Services.Configure<RequestLocalizationOptions>(Languages.Configure);
builder.Services.AddRazorPages(o =>
    {
        o.Conventions.AuthorizeFolder("/Organize", Policies.Organizers);
        o.Conventions.AuthorizeFolder("/Admin", Policies.Admins);
        o.Conventions.AuthorizeFolder("/Review", Policies.Reviewers);
        o.Conventions.AuthorizePage("/Proposals/Propose");
        o.Conventions.AuthorizePage("/Proposals/Edit");
        o.Conventions.AuthorizeFolder("/My");
        o.Conventions.AuthorizeFolder("/Vote", Policies.Voters);
        o.Conventions.AuthorizeFolder("/Polling", Policies.PollWorkers);
        o.Conventions.AuthorizePage("/Processes/Verify");
        o.Conventions.AddPageRoute("/Codes/Redeem", "c/{code?}");
        o.Conventions.ConfigureFilter(new UnknownHandlerFilter());
    })
    .AddViewLocalization();
builder.Services.AddOptions<Microsoft.AspNetCore.Mvc.MvcOptions>().Configure<IServiceProvider>(BindingMessages.Localize);
builder.Services.AddValidatorsFromAssemblyContaining<Program>();

builder.Services.AddScoped<AuditLog>();
builder.Services.AddScoped<SeedData>();
builder.Services.AddScoped<DemoProposalSeeder>();
builder.Services.AddScoped<ProposalRulings>();
builder.Services.AddBallotWriting();
builder.Services.AddScoped<VoterResolver>();
builder.Services.AddScoped<CodeRedemption>();
builder.Services.AddScoped<CodeIssuer>();
builder.Services.AddScoped<CensusRegister>();
builder.Services.AddScoped<PaperVoters>();
builder.Services.AddScoped<PaperKeying>();
builder.Services.AddSingleton<AttemptLimiter>();
builder.Services.AddScoped<ResultTallies>();
builder.Services.AddSingleton<IEmailSender, PickupFolderEmailSender>();
builder.Services.AddSingleton<IPhotoStore, LocalDiskPhotoStore>();
builder.Services.AddHardening();

var app = builder.Build();

await using (var scope = app.Services.CreateAsyncScope())
{
    if (scope.ServiceProvider.GetRequiredService<IOptions<DatabaseOptions>>().Value.ApplyMigrationsOnStartup)
    {
        await scope.ServiceProvider.GetRequiredService<BudgetingDbContext>().Database.MigrateAsync();
        await scope.ServiceProvider.GetRequiredService<SeedData>().InitializeAsync(CancellationToken.None);
    }
}

app.UseSecurityHeaders();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error");
    app.UseHsts();
}
app.UseWholeResponses();
app.UseResponseCompression();
app.UseStatusCodePagesWithReExecute("/not-found");
app.UseRequestLocalization();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimits();
app.MapStaticAssets();
app.MapHealthChecks("/healthz");
app.MapRazorPages().WithStaticAssets();

app.Run();
