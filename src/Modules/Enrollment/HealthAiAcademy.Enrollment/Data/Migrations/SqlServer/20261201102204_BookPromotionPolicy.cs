using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HealthAiAcademy.Enrollment.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class BookPromotionPolicy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "AutomaticWaitlistPromotion",
                schema: "enrollment",
                table: "EnrollmentBooks",
                type: "bit",
                nullable: false,
                defaultValue: false);

            // Terms copied before the promotion policy was part of them are incomplete: the next enrolment refreshes them.
            migrationBuilder.Sql("UPDATE [enrollment].[EnrollmentBooks] SET TermsVersion = -1");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AutomaticWaitlistPromotion",
                schema: "enrollment",
                table: "EnrollmentBooks");
        }
    }
}
