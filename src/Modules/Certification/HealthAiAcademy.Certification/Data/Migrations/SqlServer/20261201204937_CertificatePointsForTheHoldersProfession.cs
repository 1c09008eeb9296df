using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HealthAiAcademy.Certification.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CertificatePointsForTheHoldersProfession : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AccreditedFor",
                schema: "certification",
                table: "Certificates",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "HolderProfession",
                schema: "certification",
                table: "Certificates",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AccreditedFor",
                schema: "certification",
                table: "Certificates");

            migrationBuilder.DropColumn(
                name: "HolderProfession",
                schema: "certification",
                table: "Certificates");
        }
    }
}
