using Microsoft.EntityFrameworkCore;

namespace Budgeting.Web.Data;

/// <summary>
/// The same model on PostgreSQL. EF Core keeps one migration set per context type, so this type exists to own
/// PostgreSQL's migrations (Data/Migrations/PostgreSQL) beside SQLite's; the app asks for <see cref="BudgetingDbContext"/> either way.
/// </summary>
public sealed class PostgresBudgetingDbContext(DbContextOptions<PostgresBudgetingDbContext> options) : BudgetingDbContext(options);
