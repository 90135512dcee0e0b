#include "storage/database.h"

#include "storage/schema.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace rw {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("rankwise-%1").arg(counter.fetchAndAddRelaxed(1));
}

// What a read-only look at an existing file tells us before we write to it.
struct Probe
{
    int applicationId = 0;
    int userVersion = 0;
    int objectCount = 0;
    QString writtenBy;
};

// Removes a connection when it goes out of scope, after its handles are gone.
class ScopedConnection
{
public:
    explicit ScopedConnection(QString name)
        : m_name(std::move(name))
    { }
    ~ScopedConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isValid())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    const QString &name() const { return m_name; }

private:
    QString m_name;
};

Result<int> pragmaInt(QSqlDatabase &db, const QString &pragma)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA ") + pragma) || !query.next())
        return sqlError(query, Database::tr("reading %1").arg(pragma));
    return query.value(0).toInt();
}

// Reads the file's identity with SQLite in read-only mode, so that a file we
// end up refusing is never modified.
Result<Probe> probeExisting(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(Database::tr("Cannot read “%1”: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(16);
    file.close();
    if (header != QByteArrayView("SQLite format 3\0", 16)) {
        return Error::input(
            Database::tr("“%1” is not a Rankwise database (it is not an SQLite file).").arg(path));
    }

    ScopedConnection connection(nextConnectionName());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection.name());
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        return Error::database(
            Database::tr("Cannot open “%1”: %2").arg(path, db.lastError().databaseText()));
    }

    Probe probe;
    {
        QSqlQuery count(db);
        if (!count.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !count.next()) {
            return Error::input(
                Database::tr("“%1” is not a Rankwise database or is damaged (SQLite says: %2).")
                    .arg(path, count.lastError().databaseText()));
        }
        probe.objectCount = count.value(0).toInt();
        auto appId = pragmaInt(db, QStringLiteral("application_id"));
        auto version = pragmaInt(db, QStringLiteral("user_version"));
        if (!appId)
            return appId.error();
        if (!version)
            return version.error();
        probe.applicationId = *appId;
        probe.userVersion = *version;
        if (probe.applicationId == Database::kApplicationId) {
            QSqlQuery written(db);
            if (written.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'written_by'"))
                && written.next()) {
                probe.writtenBy = written.value(0).toString();
            }
        }
    }
    db.close();
    return probe;
}

} // namespace

Error sqlError(const QSqlQuery &query, const QString &doing)
{
    const QSqlError error = query.lastError();
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.text();
    return Error::database(Database::tr("Database error while %1: %2").arg(doing, text));
}

Result<QSqlQuery> prepare(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.prepare(sql))
        return sqlError(query, Database::tr("preparing a statement"));
    return query;
}

Status execute(QSqlQuery &query, const QString &doing)
{
    if (!query.exec())
        return sqlError(query, doing);
    return {};
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

Database::Database(QString path, QString connectionName, Mode mode)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_mode(mode)
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

Result<std::unique_ptr<Database>> Database::open(const QString &rawPath, Mode mode)
{
    if (rawPath.isEmpty())
        return Error::input(tr("No database path given."));
    const QFileInfo info(rawPath);
    const QString path = info.absoluteFilePath();
    if (info.exists() && info.isDir())
        return Error::input(tr("“%1” is a folder, not a database file.").arg(path));

    const bool existing = info.exists() && info.size() > 0;
    if (existing) {
        auto probe = probeExisting(path);
        if (!probe)
            return probe.error();
        const bool blank =
            probe->applicationId == 0 && probe->userVersion == 0 && probe->objectCount == 0;
        if (probe->applicationId != kApplicationId && !blank) {
            return Error::input(
                tr("“%1” is an SQLite database but not a Rankwise database; it was left untouched.")
                    .arg(path));
        }
        if (probe->userVersion > currentSchemaVersion()) {
            const QString writer = probe->writtenBy.isEmpty()
                ? tr("a newer version of Rankwise")
                : tr("Rankwise %1").arg(probe->writtenBy);
            return Error::input(tr("“%1” was written by %2 (database schema %3); this version "
                                   "(%4) reads schema %5 at most. Update Rankwise to open it; "
                                   "the file was left untouched.")
                                    .arg(path, writer)
                                    .arg(probe->userVersion)
                                    .arg(QStringLiteral(RANKWISE_VERSION))
                                    .arg(currentSchemaVersion()));
        }
        if (mode == Mode::ReadOnly && probe->userVersion < currentSchemaVersion()) {
            return Error::input(tr("“%1” uses an older database schema (%2) and must be opened "
                                   "for writing once to be upgraded.")
                                    .arg(path)
                                    .arg(probe->userVersion));
        }
    } else if (mode == Mode::ReadOnly) {
        return Error::notFound(tr("“%1” does not exist.").arg(path));
    } else if (!QDir().mkpath(info.absolutePath())) {
        return Error::io(tr("Cannot create the folder “%1”.").arg(info.absolutePath()));
    }

    std::unique_ptr<Database> database(new Database(path, nextConnectionName(), mode));
    QSqlDatabase db =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(mode == Mode::ReadOnly
                             ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                             : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        return Error::database(tr("Cannot open “%1”: %2").arg(path, db.lastError().databaseText()));
    }
    if (auto status = database->configure(); !status)
        return status.error();
    return database;
}

Status Database::exec(const QString &sql)
{
    QSqlQuery query(connection());
    if (!query.exec(sql))
        return sqlError(query, sql.section(QLatin1Char(' '), 0, 1).toLower());
    return {};
}

Status Database::configure()
{
    if (auto status = exec(QStringLiteral("PRAGMA foreign_keys = ON")); !status)
        return status;
    QSqlDatabase db = connection();
    auto version = pragmaInt(db, QStringLiteral("user_version"));
    if (!version)
        return version.error();
    m_schemaVersion = *version;
    if (m_mode == Mode::ReadOnly)
        return {};

    // WAL lets a reader (the other window, the CLI) work while we write, and
    // survives a killed process without a hot journal to roll back.
    {
        QSqlQuery journal(db);
        if (!journal.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !journal.next())
            return sqlError(journal, tr("switching to write-ahead logging"));
    }
    if (auto status = exec(QStringLiteral("PRAGMA synchronous = FULL")); !status)
        return status;

    if (m_schemaVersion < currentSchemaVersion())
        return migrate(m_schemaVersion);
    return {};
}

Status Database::migrate(int fromVersion)
{
    Q_UNUSED(fromVersion);
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
                    return Error::database(tr("Upgrading the database to schema %1 failed: %2")
                                               .arg(step.version)
                                               .arg(status.message()));
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
    if (m_mode == Mode::ReadOnly)
        return Error::internal(tr("The database “%1” is open read-only.").arg(m_path));

    const bool outermost = m_depth == 0;
    const QString savepoint = QStringLiteral("rw_sp%1").arg(++m_savepointCounter);
    if (auto status = exec(outermost ? QStringLiteral("BEGIN IMMEDIATE")
                                     : QStringLiteral("SAVEPOINT ") + savepoint);
        !status) {
        return status;
    }

    ++m_depth;
    Status result = work();
    --m_depth;

    if (result) {
        Status done =
            exec(outermost ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + savepoint);
        if (done)
            return result;
        result = done;
    }
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
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return fallback;
}

Status Database::setMeta(const QString &key, const QString &value)
{
    Q_ASSERT(m_depth > 0);
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    return execute(query, tr("saving a setting"));
}

} // namespace rw
