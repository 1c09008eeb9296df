using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HealthAiAcademy.Enrollment.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SeatLedger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Enrollments_OfferingId_UserId",
                schema: "enrollment",
                table: "Enrollments");

            migrationBuilder.AddColumn<string>(
                name: "DecisionMessage",
                schema: "enrollment",
                table: "Enrollments",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "EndedAtUtc",
                schema: "enrollment",
                table: "Enrollments",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "EnrolledAtUtc",
                schema: "enrollment",
                table: "Enrollments",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Motivation",
                schema: "enrollment",
                table: "Enrollments",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "OfferExpiresAtUtc",
                schema: "enrollment",
                table: "Enrollments",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SeatsTaken",
                schema: "enrollment",
                table: "EnrollmentBooks",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "WaitlistLength",
                schema: "enrollment",
                table: "EnrollmentBooks",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_Enrollments_OfferingId_UserId",
                schema: "enrollment",
                table: "Enrollments",
                columns: new[] { "OfferingId", "UserId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Enrollments_OfferingId_UserId",
                schema: "enrollment",
                table: "Enrollments");

            migrationBuilder.DropColumn(
                name: "DecisionMessage",
                schema: "enrollment",
                table: "Enrollments");

            migrationBuilder.DropColumn(
                name: "EndedAtUtc",
                schema: "enrollment",
                table: "Enrollments");

            migrationBuilder.DropColumn(
                name: "EnrolledAtUtc",
                schema: "enrollment",
                table: "Enrollments");

            migrationBuilder.DropColumn(
                name: "Motivation",
                schema: "enrollment",
                table: "Enrollments");

            migrationBuilder.DropColumn(
                name: "OfferExpiresAtUtc",
                schema: "enrollment",
                table: "Enrollments");

            migrationBuilder.DropColumn(
                name: "SeatsTaken",
                schema: "enrollment",
                table: "EnrollmentBooks");

            migrationBuilder.DropColumn(
                name: "WaitlistLength",
                schema: "enrollment",
                table: "EnrollmentBooks");

            migrationBuilder.CreateIndex(
                name: "IX_Enrollments_OfferingId_UserId",
                schema: "enrollment",
                table: "Enrollments",
                columns: new[] { "OfferingId", "UserId" });
        }
    }
}
