using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HealthAiAcademy.Compliance.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class StatusApiAndWebhooks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ApiClients",
                schema: "compliance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    KeyPrefix = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    KeyHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    WebhookUrl = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    ProtectedWebhookSecret = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    IssuedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    IssuedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    RevokedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApiClients", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OperatorStandings",
                schema: "compliance",
                columns: table => new
                {
                    SystemId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MayOperate = table.Column<bool>(type: "bit", nullable: false),
                    OperateUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    MayOversee = table.Column<bool>(type: "bit", nullable: false),
                    OverseeUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    ChangedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OperatorStandings", x => new { x.SystemId, x.UserId });
                });

            migrationBuilder.CreateTable(
                name: "StatusApiCalls",
                schema: "compliance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ClientId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SystemId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    MayOperate = table.Column<bool>(type: "bit", nullable: false),
                    MayOversee = table.Column<bool>(type: "bit", nullable: false),
                    AskedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatusApiCalls", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ApiClients_KeyPrefix",
                schema: "compliance",
                table: "ApiClients",
                column: "KeyPrefix",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StatusApiCalls_ClientId_AskedAtUtc",
                schema: "compliance",
                table: "StatusApiCalls",
                columns: new[] { "ClientId", "AskedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_StatusApiCalls_UserId",
                schema: "compliance",
                table: "StatusApiCalls",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ApiClients",
                schema: "compliance");

            migrationBuilder.DropTable(
                name: "OperatorStandings",
                schema: "compliance");

            migrationBuilder.DropTable(
                name: "StatusApiCalls",
                schema: "compliance");
        }
    }
}
