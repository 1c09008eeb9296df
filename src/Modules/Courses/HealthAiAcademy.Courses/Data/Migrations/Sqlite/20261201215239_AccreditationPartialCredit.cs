using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HealthAiAcademy.Courses.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AccreditationPartialCredit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PartialCredit",
                table: "CourseAccreditations",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "None");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PartialCredit",
                table: "CourseAccreditations");
        }
    }
}
