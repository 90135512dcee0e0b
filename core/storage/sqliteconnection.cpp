#include "storage/sqliteconnection.h"

#include <QAtomicInt>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace rw {

namespace {

Status tryRead(QSqlDatabase &db, SqliteFailure *failure)
{
    QSqlQuery probe(db);
    if (probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) && probe.next())
        return {};
    *failure = classifySqliteError(probe.lastError());
    return Error::database(probe.lastError().databaseText());
}

void closeAndRemove(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

SqliteFailure classifySqliteError(const QSqlError &error)
{
    if (error.type() == QSqlError::NoError)
        return SqliteFailure::None;
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    if (!ok)
        return SqliteFailure::Other;
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return SqliteFailure::Busy;
    case 8: // SQLITE_READONLY
        return SqliteFailure::ReadOnly;
    case 10: // SQLITE_IOERR
        return SqliteFailure::Io;
    case 11: // SQLITE_CORRUPT
        return SqliteFailure::Corrupt;
    case 13: // SQLITE_FULL
        return SqliteFailure::Full;
    case 14: // SQLITE_CANTOPEN
        return SqliteFailure::CantOpen;
    case 26: // SQLITE_NOTADB
        return SqliteFailure::NotADatabase;
    default:
        return SqliteFailure::Other;
    }
}

QString SqliteConnection::uniqueName()
{
    static QAtomicInt counter;
    return QStringLiteral("rankwise-%1").arg(counter.fetchAndAddRelaxed(1));
}

Status SqliteConnection::openReadOnlyOn(QSqlDatabase &db, const QString &path, int busyTimeoutMs,
                                        SqliteFailure *failureOut, bool *immutable, QString *detail)
{
    QString ignoredDetail;
    QString &text = detail ? *detail : ignoredDetail;
    SqliteFailure ignored = SqliteFailure::None;
    SqliteFailure &failure = failureOut ? *failureOut : ignored;
    const QString timeout = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;") + timeout);
    if (!db.open()) {
        failure = classifySqliteError(db.lastError());
        text = db.lastError().databaseText();
        return Error::database(tr("Cannot open “%1”: %2").arg(path, text));
    }
    Status read = tryRead(db, &failure);
    if (read)
        return {};
    text = read.message();

    // A WAL database needs its shared-memory file, which a read-only folder
    // cannot hold. Immutable mode needs none, but would ignore a journal with
    // content, so only then.
    const QFileInfo wal(path + QStringLiteral("-wal"));
    const bool walHasData = wal.exists() && wal.size() > 0;
    const bool folderWritable = QFileInfo(QFileInfo(path).absolutePath()).isWritable();
    if ((failure != SqliteFailure::ReadOnly && failure != SqliteFailure::CantOpen) || walHasData
        || folderWritable) {
        return Error::database(tr("Cannot read “%1”: %2").arg(path, read.message()));
    }
    db.close();
    QUrl uri = QUrl::fromLocalFile(path);
    uri.setQuery(QStringLiteral("immutable=1"));
    db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;") + timeout);
    if (!db.open() || !tryRead(db, &failure))
        return Error::database(tr("Cannot read “%1”: %2").arg(path, read.message()));
    if (immutable)
        *immutable = true;
    return {};
}

Result<SqliteConnection> SqliteConnection::openReadOnly(const QString &path, SqliteFailure *failure,
                                                        QString *detail)
{
    SqliteConnection connection(uniqueName());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection.m_name);
        Status opened = openReadOnlyOn(db, path, 5000, failure, &connection.m_immutable, detail);
        if (!opened)
            return opened.error();
    }
    return connection;
}

SqliteConnection::SqliteConnection(SqliteConnection &&other) noexcept
    : m_name(std::move(other.m_name))
    , m_immutable(other.m_immutable)
{
    other.m_name.clear();
}

SqliteConnection::~SqliteConnection()
{
    if (!m_name.isEmpty())
        closeAndRemove(m_name);
}

QSqlDatabase SqliteConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

} // namespace rw
