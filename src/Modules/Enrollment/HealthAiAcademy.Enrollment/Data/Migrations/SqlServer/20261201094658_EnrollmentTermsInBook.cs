using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HealthAiAcademy.Enrollment.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    /// <remarks>Existing books get TermsVersion -1 (no terms yet): their next enrolment asks the catalog once and completes them.</remarks>
    public partial class EnrollmentTermsInBook : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "EnrollmentClosesAtUtc",
                schema: "enrollment",
                table: "EnrollmentBooks",
                type: "datetime2",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "EnrollmentOpensAtUtc",
                schema: "enrollment",
                table: "EnrollmentBooks",
                type: "datetime2",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "EnrollmentPolicy",
                schema: "enrollment",
                table: "EnrollmentBooks",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "RequiresStudentNumber",
                schema: "enrollment",
                table: "EnrollmentBooks",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                schema: "enrollment",
                table: "EnrollmentBooks",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "TermsVersion",
                schema: "enrollment",
                table: "EnrollmentBooks",
                type: "int",
                nullable: false,
                defaultValue: -1);

            migrationBuilder.AddColumn<bool>(
                name: "WaitlistEnabled",
                schema: "enrollment",
                table: "EnrollmentBooks",
                type: "bit",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EnrollmentClosesAtUtc",
                schema: "enrollment",
                table: "EnrollmentBooks");

            migrationBuilder.DropColumn(
                name: "EnrollmentOpensAtUtc",
                schema: "enrollment",
                table: "EnrollmentBooks");

            migrationBuilder.DropColumn(
                name: "EnrollmentPolicy",
                schema: "enrollment",
                table: "EnrollmentBooks");

            migrationBuilder.DropColumn(
                name: "RequiresStudentNumber",
                schema: "enrollment",
                table: "EnrollmentBooks");

            migrationBuilder.DropColumn(
                name: "Status",
                schema: "enrollment",
                table: "EnrollmentBooks");

            migrationBuilder.DropColumn(
                name: "TermsVersion",
                schema: "enrollment",
                table: "EnrollmentBooks");

            migrationBuilder.DropColumn(
                name: "WaitlistEnabled",
                schema: "enrollment",
                table: "EnrollmentBooks");
        }
    }
}
