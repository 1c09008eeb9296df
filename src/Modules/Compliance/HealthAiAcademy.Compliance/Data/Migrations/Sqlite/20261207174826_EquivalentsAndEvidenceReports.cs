using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HealthAiAcademy.Compliance.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EquivalentsAndEvidenceReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EvidenceReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    AsOf = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    ContentSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PdfSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IssuedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    IssuedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvidenceReports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RecordedEquivalents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequirementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Provider = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EvidenceFileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EvidenceContentType = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ApprovedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecordedEquivalents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecordedEquivalents_Requirements_RequirementId",
                        column: x => x.RequirementId,
                        principalTable: "Requirements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EvidenceReportFiles",
                columns: table => new
                {
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Pdf = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Csv = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvidenceReportFiles", x => x.ReportId);
                    table.ForeignKey(
                        name: "FK_EvidenceReportFiles_EvidenceReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "EvidenceReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EquivalentEvidence",
                columns: table => new
                {
                    EquivalentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EquivalentEvidence", x => x.EquivalentId);
                    table.ForeignKey(
                        name: "FK_EquivalentEvidence_RecordedEquivalents_EquivalentId",
                        column: x => x.EquivalentId,
                        principalTable: "RecordedEquivalents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceReports_ContentSha256",
                table: "EvidenceReports",
                column: "ContentSha256");

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceReports_IssuedAtUtc",
                table: "EvidenceReports",
                column: "IssuedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceReports_PdfSha256",
                table: "EvidenceReports",
                column: "PdfSha256");

            migrationBuilder.CreateIndex(
                name: "IX_RecordedEquivalents_RequirementId",
                table: "RecordedEquivalents",
                column: "RequirementId");

            migrationBuilder.CreateIndex(
                name: "IX_RecordedEquivalents_Status_SubmittedAtUtc",
                table: "RecordedEquivalents",
                columns: new[] { "Status", "SubmittedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_RecordedEquivalents_UserId_RequirementId",
                table: "RecordedEquivalents",
                columns: new[] { "UserId", "RequirementId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EquivalentEvidence");

            migrationBuilder.DropTable(
                name: "EvidenceReportFiles");

            migrationBuilder.DropTable(
                name: "RecordedEquivalents");

            migrationBuilder.DropTable(
                name: "EvidenceReports");
        }
    }
}
