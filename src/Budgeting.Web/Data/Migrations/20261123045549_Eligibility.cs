using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Budgeting.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Eligibility : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CensusEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProcessId = table.Column<int>(type: "INTEGER", nullable: false),
                    DistrictId = table.Column<int>(type: "INTEGER", nullable: false),
                    IdentifierHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ImportedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AccountId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ClaimedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CensusEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CensusEntries_Districts_DistrictId",
                        column: x => x.DistrictId,
                        principalTable: "Districts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CensusEntries_Processes_ProcessId",
                        column: x => x.ProcessId,
                        principalTable: "Processes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CodeBatches",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProcessId = table.Column<int>(type: "INTEGER", nullable: false),
                    DistrictId = table.Column<int>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    SealedCodes = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CodeBatches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CodeBatches_Districts_DistrictId",
                        column: x => x.DistrictId,
                        principalTable: "Districts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CodeBatches_Processes_ProcessId",
                        column: x => x.ProcessId,
                        principalTable: "Processes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EligibilitySettings",
                columns: table => new
                {
                    ProcessId = table.Column<int>(type: "INTEGER", nullable: false),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AllowSameKeyerTwice = table.Column<bool>(type: "INTEGER", nullable: false),
                    Salt = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EligibilitySettings", x => x.ProcessId);
                    table.ForeignKey(
                        name: "FK_EligibilitySettings_Processes_ProcessId",
                        column: x => x.ProcessId,
                        principalTable: "Processes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PaperBallots",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProcessId = table.Column<int>(type: "INTEGER", nullable: false),
                    Station = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Folio = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    FirstBoxKey = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    FirstKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    FirstContent = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    FirstKeyedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    FirstKeyedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SecondBoxKey = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    SecondKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    SecondContent = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    SecondKeyedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    SecondKeyedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ResolvedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ResolvedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    BoxKey = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Content = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaperBallots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PaperBallots_Processes_ProcessId",
                        column: x => x.ProcessId,
                        principalTable: "Processes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VotingCodes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProcessId = table.Column<int>(type: "INTEGER", nullable: false),
                    DistrictId = table.Column<int>(type: "INTEGER", nullable: false),
                    BatchId = table.Column<long>(type: "INTEGER", nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VotingCodes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VotingCodes_CodeBatches_BatchId",
                        column: x => x.BatchId,
                        principalTable: "CodeBatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_VotingCodes_Processes_ProcessId",
                        column: x => x.ProcessId,
                        principalTable: "Processes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CensusEntries_DistrictId",
                table: "CensusEntries",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_CensusEntries_ProcessId_AccountId",
                table: "CensusEntries",
                columns: new[] { "ProcessId", "AccountId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CensusEntries_ProcessId_IdentifierHash",
                table: "CensusEntries",
                columns: new[] { "ProcessId", "IdentifierHash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CodeBatches_DistrictId",
                table: "CodeBatches",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_CodeBatches_ProcessId",
                table: "CodeBatches",
                column: "ProcessId");

            migrationBuilder.CreateIndex(
                name: "IX_PaperBallots_ProcessId_Station_Folio",
                table: "PaperBallots",
                columns: new[] { "ProcessId", "Station", "Folio" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PaperBallots_ProcessId_Status",
                table: "PaperBallots",
                columns: new[] { "ProcessId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_VotingCodes_BatchId",
                table: "VotingCodes",
                column: "BatchId");

            migrationBuilder.CreateIndex(
                name: "IX_VotingCodes_ProcessId_Hash",
                table: "VotingCodes",
                columns: new[] { "ProcessId", "Hash" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CensusEntries");

            migrationBuilder.DropTable(
                name: "EligibilitySettings");

            migrationBuilder.DropTable(
                name: "PaperBallots");

            migrationBuilder.DropTable(
                name: "VotingCodes");

            migrationBuilder.DropTable(
                name: "CodeBatches");
        }
    }
}
