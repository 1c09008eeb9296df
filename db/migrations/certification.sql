IF OBJECT_ID(N'[certification].[__EFMigrationsHistory]') IS NULL
BEGIN
    IF SCHEMA_ID(N'certification') IS NULL EXEC(N'CREATE SCHEMA [certification];');
    CREATE TABLE [certification].[__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [certification].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123232725_Initial'
)
BEGIN
    IF SCHEMA_ID(N'certification') IS NULL EXEC(N'CREATE SCHEMA [certification];');
END;

IF NOT EXISTS (
    SELECT * FROM [certification].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123232725_Initial'
)
BEGIN
    CREATE TABLE [certification].[InboxMessages] (
        [MessageId] uniqueidentifier NOT NULL,
        [Handler] nvarchar(300) NOT NULL,
        [HandledAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_InboxMessages] PRIMARY KEY ([MessageId], [Handler])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [certification].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123232725_Initial'
)
BEGIN
    CREATE TABLE [certification].[OutboxMessages] (
        [Id] uniqueidentifier NOT NULL,
        [Type] nvarchar(400) NOT NULL,
        [Payload] nvarchar(max) NOT NULL,
        [OccurredAtUtc] datetime2 NOT NULL,
        [ProcessedAtUtc] datetime2 NULL,
        [Attempts] int NOT NULL,
        [LastError] nvarchar(2000) NULL,
        CONSTRAINT [PK_OutboxMessages] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [certification].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123232725_Initial'
)
BEGIN
    CREATE INDEX [IX_OutboxMessages_ProcessedAtUtc_OccurredAtUtc] ON [certification].[OutboxMessages] ([ProcessedAtUtc], [OccurredAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [certification].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123232725_Initial'
)
BEGIN
    INSERT INTO [certification].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123232725_Initial', N'10.0.14');
END;

COMMIT;
GO

