using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HealthAiAcademy.Certification.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class HolderErasure : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "AnonymisedAtUtc",
                schema: "certification",
                table: "Certificates",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "HolderErasedAtUtc",
                schema: "certification",
                table: "Certificates",
                type: "datetime2",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AnonymisedAtUtc",
                schema: "certification",
                table: "Certificates");

            migrationBuilder.DropColumn(
                name: "HolderErasedAtUtc",
                schema: "certification",
                table: "Certificates");
        }
    }
}
