using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HealthAiAcademy.Certification.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CpdDossier : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CpdActivities",
                schema: "certification",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Provider = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Points = table.Column<double>(type: "float", nullable: false),
                    Registry = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    AddedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    EvidenceFileName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    EvidenceContentType = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CpdActivities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CpdCycleStarts",
                schema: "certification",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CpdCycleStarts", x => x.UserId);
                });

            migrationBuilder.CreateTable(
                name: "CpdEvidence",
                schema: "certification",
                columns: table => new
                {
                    ActivityId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Content = table.Column<byte[]>(type: "varbinary(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CpdEvidence", x => x.ActivityId);
                    table.ForeignKey(
                        name: "FK_CpdEvidence_CpdActivities_ActivityId",
                        column: x => x.ActivityId,
                        principalSchema: "certification",
                        principalTable: "CpdActivities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CpdActivities_UserId",
                schema: "certification",
                table: "CpdActivities",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CpdCycleStarts",
                schema: "certification");

            migrationBuilder.DropTable(
                name: "CpdEvidence",
                schema: "certification");

            migrationBuilder.DropTable(
                name: "CpdActivities",
                schema: "certification");
        }
    }
}
