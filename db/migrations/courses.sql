IF OBJECT_ID(N'[courses].[__EFMigrationsHistory]') IS NULL
BEGIN
    IF SCHEMA_ID(N'courses') IS NULL EXEC(N'CREATE SCHEMA [courses];');
    CREATE TABLE [courses].[__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [courses].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123232659_Initial'
)
BEGIN
    IF SCHEMA_ID(N'courses') IS NULL EXEC(N'CREATE SCHEMA [courses];');
END;

IF NOT EXISTS (
    SELECT * FROM [courses].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123232659_Initial'
)
BEGIN
    CREATE TABLE [courses].[Courses] (
        [Id] uniqueidentifier NOT NULL,
        [Code] nvarchar(40) NOT NULL,
        [Title] nvarchar(200) NOT NULL,
        [Summary] nvarchar(1000) NOT NULL,
        [Description] nvarchar(max) NOT NULL,
        [Language] nvarchar(2) NOT NULL,
        [StudyLoadHours] int NOT NULL,
        [Ects] float NULL,
        [Topics] nvarchar(max) NOT NULL,
        [Audiences] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_Courses] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [courses].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123232659_Initial'
)
BEGIN
    CREATE TABLE [courses].[InboxMessages] (
        [MessageId] uniqueidentifier NOT NULL,
        [Handler] nvarchar(300) NOT NULL,
        [HandledAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_InboxMessages] PRIMARY KEY ([MessageId], [Handler])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [courses].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123232659_Initial'
)
BEGIN
    CREATE TABLE [courses].[OutboxMessages] (
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
    SELECT * FROM [courses].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123232659_Initial'
)
BEGIN
    CREATE TABLE [courses].[Offerings] (
        [Id] uniqueidentifier NOT NULL,
        [CourseId] uniqueidentifier NOT NULL,
        [Kind] nvarchar(30) NOT NULL,
        [CohortLabel] nvarchar(40) NOT NULL,
        [StartsAtUtc] datetime2 NOT NULL,
        [EndsAtUtc] datetime2 NOT NULL,
        [Capacity] int NULL,
        [Delivery] nvarchar(20) NOT NULL,
        [Location] nvarchar(300) NULL,
        [Status] nvarchar(20) NOT NULL,
        [PublishedAtUtc] datetime2 NULL,
        CONSTRAINT [PK_Offerings] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Offerings_Courses_CourseId] FOREIGN KEY ([CourseId]) REFERENCES [courses].[Courses] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [courses].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123232659_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Courses_Code] ON [courses].[Courses] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [courses].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123232659_Initial'
)
BEGIN
    CREATE INDEX [IX_Offerings_CourseId] ON [courses].[Offerings] ([CourseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [courses].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123232659_Initial'
)
BEGIN
    CREATE INDEX [IX_Offerings_Status_StartsAtUtc] ON [courses].[Offerings] ([Status], [StartsAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [courses].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123232659_Initial'
)
BEGIN
    CREATE INDEX [IX_OutboxMessages_ProcessedAtUtc_OccurredAtUtc] ON [courses].[OutboxMessages] ([ProcessedAtUtc], [OccurredAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [courses].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123232659_Initial'
)
BEGIN
    INSERT INTO [courses].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123232659_Initial', N'10.0.14');
END;

COMMIT;
GO

