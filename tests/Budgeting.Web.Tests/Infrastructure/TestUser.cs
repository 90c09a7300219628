namespace Budgeting.Web.Tests.Infrastructure;

/// <summary>A signed-in account: its browser, its id (as proposals store their author) and its e-mail.</summary>
public sealed record TestUser(Browser Browser, string Id, string Email);
