using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HealthAiAcademy.Certification.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CertificatePointsForTheHoldersProfession : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AccreditedFor",
                table: "Certificates",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "HolderProfession",
                table: "Certificates",
                type: "TEXT",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AccreditedFor",
                table: "Certificates");

            migrationBuilder.DropColumn(
                name: "HolderProfession",
                table: "Certificates");
        }
    }
}
