using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Budgeting.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Voting : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // WITHOUT ROWID stores ballots in the order of their random ids: with a rowid, SQLite would keep insertion
            // order, which a query could line up with the participations written in the same transactions.
            migrationBuilder.Sql("""
                CREATE TABLE "Ballots" (
                    "Id" TEXT NOT NULL CONSTRAINT "PK_Ballots" PRIMARY KEY,
                    "BoxKey" TEXT NOT NULL,
                    "ProcessId" INTEGER NOT NULL,
                    "DistrictId" INTEGER NULL,
                    "Content" TEXT NOT NULL,
                    "ReceiptHash" TEXT NOT NULL,
                    CONSTRAINT "FK_Ballots_Processes_ProcessId" FOREIGN KEY ("ProcessId") REFERENCES "Processes" ("Id") ON DELETE CASCADE
                ) WITHOUT ROWID;
                """);

            migrationBuilder.CreateTable(
                name: "Participations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    VoterKey = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    BoxKey = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ProcessId = table.Column<int>(type: "INTEGER", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SealedReceipt = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    SubmissionKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FirstVotedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastVotedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Changes = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Participations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Participations_Processes_ProcessId",
                        column: x => x.ProcessId,
                        principalTable: "Processes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Ballots_BoxKey",
                table: "Ballots",
                column: "BoxKey");

            migrationBuilder.CreateIndex(
                name: "IX_Ballots_ProcessId",
                table: "Ballots",
                column: "ProcessId");

            migrationBuilder.CreateIndex(
                name: "IX_Ballots_ReceiptHash",
                table: "Ballots",
                column: "ReceiptHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Participations_BoxKey",
                table: "Participations",
                column: "BoxKey");

            migrationBuilder.CreateIndex(
                name: "IX_Participations_ProcessId",
                table: "Participations",
                column: "ProcessId");

            migrationBuilder.CreateIndex(
                name: "IX_Participations_VoterKey_BoxKey",
                table: "Participations",
                columns: new[] { "VoterKey", "BoxKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Ballots");

            migrationBuilder.DropTable(
                name: "Participations");
        }
    }
}
