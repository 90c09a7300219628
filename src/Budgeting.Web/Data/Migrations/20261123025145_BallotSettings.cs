using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Budgeting.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class BallotSettings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BallotSettings",
                columns: table => new
                {
                    ProcessId = table.Column<int>(type: "INTEGER", nullable: false),
                    AllowFewerRanks = table.Column<bool>(type: "INTEGER", nullable: false),
                    MaxPointsPerProject = table.Column<int>(type: "INTEGER", nullable: true),
                    MaxProjects = table.Column<int>(type: "INTEGER", nullable: true),
                    MinProjects = table.Column<int>(type: "INTEGER", nullable: true),
                    MinShareBasisPoints = table.Column<int>(type: "INTEGER", nullable: true),
                    MustUseAllPoints = table.Column<bool>(type: "INTEGER", nullable: false),
                    Ranks = table.Column<int>(type: "INTEGER", nullable: true),
                    TotalPoints = table.Column<int>(type: "INTEGER", nullable: true),
                    Type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BallotSettings", x => x.ProcessId);
                    table.ForeignKey(
                        name: "FK_BallotSettings_Processes_ProcessId",
                        column: x => x.ProcessId,
                        principalTable: "Processes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BallotSettings");
        }
    }
}
