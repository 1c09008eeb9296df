IF OBJECT_ID(N'[assessment].[__EFMigrationsHistory]') IS NULL
BEGIN
    IF SCHEMA_ID(N'assessment') IS NULL EXEC(N'CREATE SCHEMA [assessment];');
    CREATE TABLE [assessment].[__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [assessment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123232716_Initial'
)
BEGIN
    IF SCHEMA_ID(N'assessment') IS NULL EXEC(N'CREATE SCHEMA [assessment];');
END;

IF NOT EXISTS (
    SELECT * FROM [assessment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123232716_Initial'
)
BEGIN
    CREATE TABLE [assessment].[InboxMessages] (
        [MessageId] uniqueidentifier NOT NULL,
        [Handler] nvarchar(300) NOT NULL,
        [HandledAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_InboxMessages] PRIMARY KEY ([MessageId], [Handler])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [assessment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123232716_Initial'
)
BEGIN
    CREATE TABLE [assessment].[OutboxMessages] (
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
    SELECT * FROM [assessment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123232716_Initial'
)
BEGIN
    CREATE INDEX [IX_OutboxMessages_ProcessedAtUtc_OccurredAtUtc] ON [assessment].[OutboxMessages] ([ProcessedAtUtc], [OccurredAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [assessment].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123232716_Initial'
)
BEGIN
    INSERT INTO [assessment].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123232716_Initial', N'10.0.14');
END;

COMMIT;
GO

