using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HealthAiAcademy.Enrollment.Data.Migrations.Sqlite
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
                table: "EnrollmentBooks",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "EnrollmentOpensAtUtc",
                table: "EnrollmentBooks",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "EnrollmentPolicy",
                table: "EnrollmentBooks",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "RequiresStudentNumber",
                table: "EnrollmentBooks",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "EnrollmentBooks",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "TermsVersion",
                table: "EnrollmentBooks",
                type: "INTEGER",
                nullable: false,
                defaultValue: -1);

            migrationBuilder.AddColumn<bool>(
                name: "WaitlistEnabled",
                table: "EnrollmentBooks",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EnrollmentClosesAtUtc",
                table: "EnrollmentBooks");

            migrationBuilder.DropColumn(
                name: "EnrollmentOpensAtUtc",
                table: "EnrollmentBooks");

            migrationBuilder.DropColumn(
                name: "EnrollmentPolicy",
                table: "EnrollmentBooks");

            migrationBuilder.DropColumn(
                name: "RequiresStudentNumber",
                table: "EnrollmentBooks");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "EnrollmentBooks");

            migrationBuilder.DropColumn(
                name: "TermsVersion",
                table: "EnrollmentBooks");

            migrationBuilder.DropColumn(
                name: "WaitlistEnabled",
                table: "EnrollmentBooks");
        }
    }
}
