using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HealthAiAcademy.Certification.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class RegistryExports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RegistryExports",
                schema: "certification",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OfferingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Registry = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    OnlyNew = table.Column<bool>(type: "bit", nullable: false),
                    ExportedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ExportedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Layout = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Lines = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegistryExports", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RegistryExports_OfferingId_ExportedAtUtc",
                schema: "certification",
                table: "RegistryExports",
                columns: new[] { "OfferingId", "ExportedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RegistryExports",
                schema: "certification");
        }
    }
}
