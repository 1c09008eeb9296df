-- SQL Server: creates the database and a schema per module. The host's migrations (or the scripts in db/migrations)
-- create the tables; run this once as an administrator before the first start.
IF DB_ID(N'HealthAiAcademy') IS NULL
    CREATE DATABASE [HealthAiAcademy];
GO
USE [HealthAiAcademy];
GO
IF SCHEMA_ID(N'identity') IS NULL EXEC(N'CREATE SCHEMA [identity]');
IF SCHEMA_ID(N'courses') IS NULL EXEC(N'CREATE SCHEMA [courses]');
IF SCHEMA_ID(N'enrollment') IS NULL EXEC(N'CREATE SCHEMA [enrollment]');
IF SCHEMA_ID(N'assessment') IS NULL EXEC(N'CREATE SCHEMA [assessment]');
IF SCHEMA_ID(N'certification') IS NULL EXEC(N'CREATE SCHEMA [certification]');
IF SCHEMA_ID(N'compliance') IS NULL EXEC(N'CREATE SCHEMA [compliance]');
IF SCHEMA_ID(N'hangfire') IS NULL EXEC(N'CREATE SCHEMA [hangfire]');
GO
