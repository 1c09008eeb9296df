using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HealthAiAcademy.Compliance.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class EquivalentsAndEvidenceReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EvidenceReports",
                schema: "compliance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Scope = table.Column<string>(type: "nvarchar(320)", maxLength: 320, nullable: false),
                    AsOf = table.Column<DateOnly>(type: "date", nullable: false),
                    Language = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: false),
                    ContentSha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    PdfSha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    IssuedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    IssuedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvidenceReports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RecordedEquivalents",
                schema: "compliance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RequirementId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Provider = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EvidenceFileName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    EvidenceContentType = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ApprovedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DecidedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DecidedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    DecisionNote = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecordedEquivalents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecordedEquivalents_Requirements_RequirementId",
                        column: x => x.RequirementId,
                        principalSchema: "compliance",
                        principalTable: "Requirements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EvidenceReportFiles",
                schema: "compliance",
                columns: table => new
                {
                    ReportId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Pdf = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    Csv = table.Column<byte[]>(type: "varbinary(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvidenceReportFiles", x => x.ReportId);
                    table.ForeignKey(
                        name: "FK_EvidenceReportFiles_EvidenceReports_ReportId",
                        column: x => x.ReportId,
                        principalSchema: "compliance",
                        principalTable: "EvidenceReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EquivalentEvidence",
                schema: "compliance",
                columns: table => new
                {
                    EquivalentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Content = table.Column<byte[]>(type: "varbinary(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EquivalentEvidence", x => x.EquivalentId);
                    table.ForeignKey(
                        name: "FK_EquivalentEvidence_RecordedEquivalents_EquivalentId",
                        column: x => x.EquivalentId,
                        principalSchema: "compliance",
                        principalTable: "RecordedEquivalents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceReports_ContentSha256",
                schema: "compliance",
                table: "EvidenceReports",
                column: "ContentSha256");

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceReports_IssuedAtUtc",
                schema: "compliance",
                table: "EvidenceReports",
                column: "IssuedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceReports_PdfSha256",
                schema: "compliance",
                table: "EvidenceReports",
                column: "PdfSha256");

            migrationBuilder.CreateIndex(
                name: "IX_RecordedEquivalents_RequirementId",
                schema: "compliance",
                table: "RecordedEquivalents",
                column: "RequirementId");

            migrationBuilder.CreateIndex(
                name: "IX_RecordedEquivalents_Status_SubmittedAtUtc",
                schema: "compliance",
                table: "RecordedEquivalents",
                columns: new[] { "Status", "SubmittedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_RecordedEquivalents_UserId_RequirementId",
                schema: "compliance",
                table: "RecordedEquivalents",
                columns: new[] { "UserId", "RequirementId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EquivalentEvidence",
                schema: "compliance");

            migrationBuilder.DropTable(
                name: "EvidenceReportFiles",
                schema: "compliance");

            migrationBuilder.DropTable(
                name: "RecordedEquivalents",
                schema: "compliance");

            migrationBuilder.DropTable(
                name: "EvidenceReports",
                schema: "compliance");
        }
    }
}
