using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Budgeting.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class VoteSubmissions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "VoteSubmissions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    VoterKey = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    BoxKey = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    FormKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VoteSubmissions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_VoteSubmissions_VoterKey_BoxKey_FormKey",
                table: "VoteSubmissions",
                columns: new[] { "VoterKey", "BoxKey", "FormKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "VoteSubmissions");
        }
    }
}
