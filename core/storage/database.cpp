#include "storage/database.h"

#include "storage/backupstore.h"
#include "storage/databasecheck.h"
#include "storage/schema.h"
#include "storage/sqliteconnection.h"
#include "storage/statement.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

namespace rw {

namespace {

Result<int> pragmaInt(QSqlDatabase &db, const QString &pragma)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA ") + pragma) || !query.next())
        return sqlError(query, Database::tr("reading %1").arg(pragma));
    return query.value(0).toInt();
}

// Why this process cannot write the database file, in words, or empty. The
// folder matters too: SQLite keeps its journal (-wal) beside the file.
QString writeBlocker(const QString &path)
{
    const QFileInfo file(path);
    if (file.exists() && !file.isWritable())
        return Database::tr("the file is read-only");
    const QFileInfo folder(file.absolutePath());
    if (!folder.isWritable())
        return Database::tr("its folder “%1” is read-only").arg(folder.absoluteFilePath());
    return {};
}

Error openError(const DatabaseHealth &health)
{
    using Verdict = DatabaseHealth::Verdict;
    switch (health.verdict) {
    case Verdict::NotSqlite:
    case Verdict::NotRankwise:
    case Verdict::Newer:
        return Error::input(health.message);
    case Verdict::Unreadable:
        return Error::io(health.message);
    case Verdict::Missing:
        return Error::notFound(health.message);
    case Verdict::Healthy:
    case Verdict::Damaged:
        break;
    }
    return Error::database(health.message);
}

} // namespace

Error sqlError(const QSqlQuery &query, const QString &doing)
{
    const QSqlError error = query.lastError();
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.text();
    switch (classifySqliteError(error)) {
    case SqliteFailure::Full:
        return Error::io(Database::tr("Could not finish %1: the disk is full. Nothing was changed; "
                                      "free some disk space and try again.")
                             .arg(doing));
    case SqliteFailure::ReadOnly:
        return Error::io(Database::tr("Could not finish %1: the database file cannot be written "
                                      "(%2). Nothing was changed.")
                             .arg(doing, text));
    case SqliteFailure::Busy:
        return Error::database(
            Database::tr("Could not finish %1: the database is busy in another Rankwise window or "
                         "rankwise-cli (%2). Nothing was changed; try again.")
                .arg(doing, text));
    case SqliteFailure::Corrupt:
    case SqliteFailure::NotADatabase:
        return Error::database(
            Database::tr("Could not finish %1: the database file is damaged (%2). Run "
                         "“rankwise-cli check”, or restart Rankwise to restore a backup.")
                .arg(doing, text));
    case SqliteFailure::Io:
        return Error::io(
            Database::tr("Could not finish %1: the disk reported an error (%2).").arg(doing, text));
    case SqliteFailure::None:
    case SqliteFailure::Other:
    case SqliteFailure::CantOpen:
        break;
    }
    return Error::database(Database::tr("Database error while %1: %2").arg(doing, text));
}

int Database::currentSchemaVersion()
{
    return migrations().constLast().version;
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return dir + QStringLiteral("/rankwise.sqlite");
}

QString Database::resolvePath(const QString &explicitPath)
{
    if (!explicitPath.isEmpty())
        return explicitPath;
    const QString fromEnvironment = qEnvironmentVariable("RANKWISE_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return defaultPath();
}

Database::Database(QString path, QString connectionName, const Options &options)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_mode(options.mode)
    , m_busyTimeoutMs(options.busyTimeoutMs)
    , m_lockWaitMs(options.lockWaitMs)
{ }

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode)
{
    Options options;
    options.mode = mode;
    return open(path, options);
}

Result<std::unique_ptr<Database>> Database::open(const QString &rawPath, const Options &asked)
{
    if (rawPath.isEmpty())
        return Error::input(tr("No database path given."));
    const QFileInfo info(rawPath);
    const QString path = info.absoluteFilePath();
    if (info.exists() && info.isDir())
        return Error::input(tr("“%1” is a folder, not a database file.").arg(path));

    Options options = asked;
    QString readOnlyReason;
    const bool existing = info.exists() && info.size() > 0;
    if (existing) {
        const DatabaseHealth health = DatabaseCheck::inspect(
            path, options.verify ? DatabaseCheck::Depth::Quick : DatabaseCheck::Depth::Identity);
        if (!health.isHealthy())
            return openError(health);
        if (options.mode == Mode::ReadWrite) {
            readOnlyReason = writeBlocker(path);
            if (!readOnlyReason.isEmpty())
                options.mode = Mode::ReadOnly;
        }
        const bool older = !health.isBlank() && health.schemaVersion < currentSchemaVersion();
        if (older && options.mode == Mode::ReadOnly) {
            if (!readOnlyReason.isEmpty()) {
                return Error::io(tr("“%1” uses an older database schema (%2) that must be "
                                    "upgraded, but it cannot be written: %3.")
                                     .arg(path)
                                     .arg(health.schemaVersion)
                                     .arg(readOnlyReason));
            }
            return Error::input(tr("“%1” uses an older database schema (%2) and must be opened "
                                   "for writing once to be upgraded.")
                                    .arg(path)
                                    .arg(health.schemaVersion));
        }
        // The upgrade is the one write that changes the whole file: keep
        // the old one first, and refuse rather than upgrade without it.
        if (older && health.objectCount > 0 && options.keepBackups > 0) {
            auto backup =
                BackupStore(path).create(BackupStore::Reason::Upgrade, options.keepBackups);
            if (!backup) {
                return Error {backup.error().kind,
                              tr("Could not back up “%1” before upgrading it to schema %2: %3 "
                                 "The file was left untouched.")
                                  .arg(path)
                                  .arg(currentSchemaVersion())
                                  .arg(backup.message())};
            }
        }
    } else if (options.mode == Mode::ReadOnly) {
        return Error::notFound(tr("“%1” does not exist.").arg(path));
    } else if (!QDir().mkpath(info.absolutePath())) {
        return Error::io(tr("Cannot create the folder “%1”.").arg(info.absolutePath()));
    }

    std::unique_ptr<Database> database(new Database(path, SqliteConnection::uniqueName(), options));
    database->m_readOnlyReason = readOnlyReason;
    if (auto status = database->connect(); !status)
        return status.error();
    if (auto status = database->configure(); !status)
        return status.error();
    return database;
}

Status Database::connect()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (m_mode == Mode::ReadOnly)
        return SqliteConnection::openReadOnlyOn(db, m_path, m_busyTimeoutMs, nullptr, nullptr);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeoutMs));
    if (!db.open())
        return Error::database(
            tr("Cannot open “%1”: %2").arg(m_path, db.lastError().databaseText()));
    return {};
}

Status Database::exec(const QString &sql)
{
    QSqlQuery query(connection());
    if (!query.exec(sql))
        return sqlError(query, sql.section(QLatin1Char(' '), 0, 1).toLower());
    return {};
}

Status Database::execWaiting(const QString &sql, const QString &doing, QVariant *firstValue,
                             SqliteFailure *failure)
{
    // SQLite's busy handler already waited busyTimeoutMs; it can still give
    // up early (a checkpoint or recovery in the other process, a file still
    // being created), so retry with growing pauses until lockWaitMs passed.
    const QDeadlineTimer deadline(m_lockWaitMs);
    unsigned long pause = 10;
    for (;;) {
        QSqlQuery query(connection());
        if (query.exec(sql)) {
            if (firstValue)
                *firstValue = query.next() ? query.value(0) : QVariant();
            return {};
        }
        const SqliteFailure kind = classifySqliteError(query.lastError());
        if (kind != SqliteFailure::Busy || deadline.hasExpired()) {
            if (failure)
                *failure = kind;
            return sqlError(query, doing);
        }
        QThread::msleep(pause);
        pause = std::min<unsigned long>(pause * 2, 250);
    }
}

Status Database::configure()
{
    if (auto status = exec(QStringLiteral("PRAGMA foreign_keys = ON")); !status)
        return status;
    // Reads too can meet a lock while another process creates the file.
    QVariant version;
    if (auto status = execWaiting(QStringLiteral("PRAGMA user_version"),
                                  tr("reading the schema version"), &version);
        !status)
        return status;
    m_schemaVersion = version.toInt();
    if (m_mode == Mode::ReadOnly)
        return {};

    // The file system may refuse writing where permissions did not tell
    // (a read-only mount, a locked-down share): SQLite then opens the file
    // read-only without saying so. Ask for the write lock once to know.
    SqliteFailure failure = SqliteFailure::None;
    if (auto status = execWaiting(QStringLiteral("BEGIN IMMEDIATE"),
                                  tr("opening “%1” for writing").arg(m_path), nullptr, &failure);
        !status) {
        if (failure != SqliteFailure::ReadOnly || m_schemaVersion != currentSchemaVersion())
            return status;
        m_mode = Mode::ReadOnly;
        m_readOnlyReason = tr("the system does not allow writing to it");
        return {};
    }
    (void)exec(QStringLiteral("ROLLBACK"));

    // WAL lets a reader (the other window, the CLI) work while we write, and
    // survives a killed process without a hot journal to roll back.
    if (auto status = execWaiting(QStringLiteral("PRAGMA journal_mode = WAL"),
                                  tr("switching to write-ahead logging"));
        !status)
        return status;
    if (auto status = exec(QStringLiteral("PRAGMA synchronous = FULL")); !status)
        return status;

    if (m_schemaVersion < currentSchemaVersion())
        return migrate();
    return {};
}

Status Database::migrate()
{
    return write([this]() -> Status {
        // Another process may have migrated while we waited for the lock.
        QSqlDatabase db = connection();
        auto version = pragmaInt(db, QStringLiteral("user_version"));
        if (!version)
            return version.error();
        for (const Migration &step : migrations()) {
            if (step.version <= *version)
                continue;
            for (const QString &statement : step.statements) {
                if (auto status = exec(statement); !status)
                    return Error {status.error().kind,
                                  tr("Upgrading the database to schema %1 failed: %2")
                                      .arg(step.version)
                                      .arg(status.message())};
            }
        }
        const int target = currentSchemaVersion();
        if (auto status = exec(QStringLiteral("PRAGMA user_version = %1").arg(target)); !status)
            return status;
        if (auto status = exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
            !status)
            return status;
        if (*version == 0) {
            if (auto status =
                    setMeta(QStringLiteral("created_by"), QStringLiteral(RANKWISE_VERSION));
                !status)
                return status;
        }
        if (auto status = setMeta(QStringLiteral("written_by"), QStringLiteral(RANKWISE_VERSION));
            !status)
            return status;
        m_schemaVersion = target;
        return {};
    });
}

Status Database::write(const std::function<Status()> &work)
{
    if (m_mode == Mode::ReadOnly) {
        const QString reason =
            m_readOnlyReason.isEmpty() ? tr("it was opened for reading only") : m_readOnlyReason;
        return Error::io(tr("Cannot save to “%1”: it is open read-only because %2. Nothing was "
                            "changed.")
                             .arg(m_path, reason));
    }

    const bool outermost = m_depth == 0;
    const QString savepoint = QStringLiteral("rw_sp%1").arg(++m_savepointCounter);
    if (outermost) {
        if (auto status = execWaiting(QStringLiteral("BEGIN IMMEDIATE"), tr("starting to save"));
            !status)
            return status;
    } else if (auto status = exec(QStringLiteral("SAVEPOINT ") + savepoint); !status) {
        return status;
    }

    ++m_depth;
    Status result = work();
    --m_depth;

    if (result) {
        Status done = outermost ? execWaiting(QStringLiteral("COMMIT"), tr("saving"))
                                : exec(QStringLiteral("RELEASE ") + savepoint);
        if (done)
            return result;
        result = done;
    }
    // SQLite may already have rolled back (a full disk, an I/O error); then
    // ROLLBACK fails harmlessly.
    if (outermost) {
        (void)exec(QStringLiteral("ROLLBACK"));
    } else {
        (void)exec(QStringLiteral("ROLLBACK TO ") + savepoint);
        (void)exec(QStringLiteral("RELEASE ") + savepoint);
    }
    return result;
}

QString Database::meta(const QString &key, const QString &fallback) const
{
    // A failure reads as the fallback, so it needs no words.
    auto value =
        Statement(*this, QStringLiteral("SELECT value FROM meta WHERE key = ?")).scalar({key}, {});
    return value && value->isValid() ? value->toString() : fallback;
}

Status Database::setMeta(const QString &key, const QString &value)
{
    Q_ASSERT(m_depth > 0);
    auto done = Statement(*this,
                          QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?) "
                                         "ON CONFLICT(key) DO UPDATE SET value = excluded.value"))
                    .run({key, value}, tr("saving a setting"));
    if (!done)
        return done.error();
    return {};
}

} // namespace rw
