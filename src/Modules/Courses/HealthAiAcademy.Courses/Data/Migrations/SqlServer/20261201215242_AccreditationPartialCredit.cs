using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HealthAiAcademy.Courses.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AccreditationPartialCredit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PartialCredit",
                schema: "courses",
                table: "CourseAccreditations",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "None");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PartialCredit",
                schema: "courses",
                table: "CourseAccreditations");
        }
    }
}
