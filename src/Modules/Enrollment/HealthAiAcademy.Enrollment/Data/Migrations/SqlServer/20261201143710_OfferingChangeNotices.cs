using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HealthAiAcademy.Enrollment.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class OfferingChangeNotices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "OfferingChangeNotices",
                schema: "enrollment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OfferingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SessionId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Change = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    PreviousStartsAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    StartsAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    OccurredAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfferingChangeNotices", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OfferingChangeNotices_OccurredAtUtc",
                schema: "enrollment",
                table: "OfferingChangeNotices",
                column: "OccurredAtUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OfferingChangeNotices",
                schema: "enrollment");
        }
    }
}
