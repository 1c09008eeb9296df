using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HealthAiAcademy.Enrollment.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OfferingChangeNotices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "OfferingChangeNotices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfferingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Change = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    PreviousStartsAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    StartsAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    OccurredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfferingChangeNotices", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OfferingChangeNotices_OccurredAtUtc",
                table: "OfferingChangeNotices",
                column: "OccurredAtUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OfferingChangeNotices");
        }
    }
}
