using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Budgeting.Web.Data.Migrations.PostgreSQL
{
    /// <inheritdoc />
    public partial class ParticipationChangesToken : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
