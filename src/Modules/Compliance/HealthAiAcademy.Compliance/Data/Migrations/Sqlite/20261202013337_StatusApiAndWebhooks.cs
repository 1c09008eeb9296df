using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HealthAiAcademy.Compliance.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StatusApiAndWebhooks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ApiClients",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    KeyPrefix = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    KeyHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    WebhookUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ProtectedWebhookSecret = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    IssuedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    IssuedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RevokedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApiClients", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OperatorStandings",
                columns: table => new
                {
                    SystemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MayOperate = table.Column<bool>(type: "INTEGER", nullable: false),
                    OperateUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    MayOversee = table.Column<bool>(type: "INTEGER", nullable: false),
                    OverseeUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ChangedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OperatorStandings", x => new { x.SystemId, x.UserId });
                });

            migrationBuilder.CreateTable(
                name: "StatusApiCalls",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SystemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MayOperate = table.Column<bool>(type: "INTEGER", nullable: false),
                    MayOversee = table.Column<bool>(type: "INTEGER", nullable: false),
                    AskedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatusApiCalls", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ApiClients_KeyPrefix",
                table: "ApiClients",
                column: "KeyPrefix",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StatusApiCalls_ClientId_AskedAtUtc",
                table: "StatusApiCalls",
                columns: new[] { "ClientId", "AskedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_StatusApiCalls_UserId",
                table: "StatusApiCalls",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ApiClients");

            migrationBuilder.DropTable(
                name: "OperatorStandings");

            migrationBuilder.DropTable(
                name: "StatusApiCalls");
        }
    }
}
