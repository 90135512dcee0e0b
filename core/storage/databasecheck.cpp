#include "storage/databasecheck.h"

#include "storage/database.h"
#include "storage/sqliteconnection.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtEndian>

namespace rw {

namespace {

constexpr int kMaxProblems = 20;

quint32 bigEndian32(const QByteArray &header, int offset)
{
    return qFromBigEndian<quint32>(header.constData() + offset);
}

// The database size the header records, in bytes, or 0 when it is not
// trustworthy (older writers, or a WAL that may still hold newer pages).
qint64 recordedSize(const QByteArray &header)
{
    quint32 pageSize = qFromBigEndian<quint16>(header.constData() + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 changeCounter = bigEndian32(header, 24);
    const quint32 pageCount = bigEndian32(header, 28);
    const quint32 validFor = bigEndian32(header, 92);
    if (validFor != changeCounter || pageCount == 0)
        return 0;
    return qint64(pageCount) * pageSize;
}

void setVerdict(DatabaseHealth &health, DatabaseHealth::Verdict verdict, const QString &message)
{
    health.verdict = verdict;
    health.message = message;
}

QString damagedMessage(const QString &path, const QString &detail)
{
    return DatabaseCheck::tr("“%1” is damaged: %2").arg(path, detail);
}

// Runs a check pragma whose rows are findings ("ok" alone means none).
bool collectFindings(QSqlDatabase &db, const QString &pragma, DatabaseHealth &health)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA ") + pragma)) {
        health.problems.append(query.lastError().databaseText());
        return false;
    }
    bool clean = true;
    while (query.next()) {
        QStringList fields;
        for (int i = 0; i < query.record().count(); ++i)
            fields.append(query.value(i).toString());
        const QString line = fields.join(QStringLiteral(" "));
        if (line == u"ok")
            continue;
        clean = false;
        if (health.problems.size() < kMaxProblems)
            health.problems.append(pragma.startsWith(u"foreign")
                                       ? DatabaseCheck::tr("broken reference: %1").arg(line)
                                       : line);
    }
    if (query.lastError().type() != QSqlError::NoError) {
        health.problems.append(query.lastError().databaseText());
        return false;
    }
    return clean;
}

} // namespace

QString DatabaseHealth::verdictId() const
{
    switch (verdict) {
    case Verdict::Healthy:
        return QStringLiteral("ok");
    case Verdict::Missing:
        return QStringLiteral("missing");
    case Verdict::NotSqlite:
        return QStringLiteral("not-sqlite");
    case Verdict::NotRankwise:
        return QStringLiteral("not-rankwise");
    case Verdict::Newer:
        return QStringLiteral("newer");
    case Verdict::Damaged:
        return QStringLiteral("damaged");
    case Verdict::Unreadable:
        break;
    }
    return QStringLiteral("unreadable");
}

DatabaseHealth DatabaseCheck::inspect(const QString &rawPath, Depth depth)
{
    using Verdict = DatabaseHealth::Verdict;
    DatabaseHealth health;
    const QFileInfo info(rawPath);
    const QString path = info.absoluteFilePath();
    health.path = path;

    if (!info.exists()) {
        setVerdict(health, Verdict::Missing, tr("“%1” does not exist.").arg(path));
        return health;
    }
    if (info.isDir()) {
        setVerdict(health, Verdict::NotSqlite,
                   tr("“%1” is a folder, not a database file.").arg(path));
        return health;
    }
    health.bytes = info.size();
    if (health.bytes == 0) {
        setVerdict(health, Verdict::Missing, tr("“%1” is empty.").arg(path));
        return health;
    }

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setVerdict(health, Verdict::Unreadable,
                   tr("Cannot read “%1”: %2").arg(path, file.errorString()));
        return health;
    }
    const QByteArray header = file.read(100);
    file.close();
    if (!header.startsWith(QByteArrayView("SQLite format 3\0", 16))) {
        setVerdict(health, Verdict::NotSqlite,
                   tr("“%1” is not a Rankwise database (it is not an SQLite file).").arg(path));
        return health;
    }
    if (header.size() < 100) {
        setVerdict(health, Verdict::Damaged,
                   damagedMessage(
                       path, tr("it is cut short after %n bytes.", nullptr, int(health.bytes))));
        return health;
    }
    // Without a journal the file must be as long as its header says; a
    // shorter one lost its end (a copy or a disk that stopped half-way).
    const QFileInfo wal(path + QStringLiteral("-wal"));
    const qint64 expected = recordedSize(header);
    if (!(wal.exists() && wal.size() > 0) && expected > 0 && health.bytes < expected) {
        setVerdict(
            health, Verdict::Damaged,
            damagedMessage(
                path, tr("it is cut short (%1 of %2 bytes).").arg(health.bytes).arg(expected)));
        return health;
    }

    SqliteFailure failure = SqliteFailure::None;
    QString detail;
    auto connection = SqliteConnection::openReadOnly(path, &failure, &detail);
    if (!connection) {
        // A file whose header is intact but whose first page is not a
        // database page, or whose pages SQLite cannot make sense of.
        if (failure == SqliteFailure::Corrupt || failure == SqliteFailure::NotADatabase) {
            setVerdict(health, Verdict::Damaged,
                       damagedMessage(path, tr("SQLite cannot read it (%1).").arg(detail)));
        } else {
            setVerdict(health, Verdict::Unreadable, connection.message());
        }
        return health;
    }
    QSqlDatabase db = connection->database();
    {
        QSqlQuery query(db);
        const QString identity = QStringLiteral(
            "SELECT (SELECT count(*) FROM sqlite_schema), application_id, user_version "
            "FROM pragma_application_id, pragma_user_version");
        if (!query.exec(identity) || !query.next()) {
            setVerdict(
                health, Verdict::Damaged,
                damagedMessage(
                    path, tr("SQLite cannot read it (%1).").arg(query.lastError().databaseText())));
            return health;
        }
        health.objectCount = query.value(0).toInt();
        health.applicationId = query.value(1).toInt();
        health.schemaVersion = query.value(2).toInt();
    }
    if (health.applicationId != Database::kApplicationId && !health.isBlank()) {
        setVerdict(
            health, Verdict::NotRankwise,
            tr("“%1” is an SQLite database but not a Rankwise database; it was left untouched.")
                .arg(path));
        return health;
    }
    if (health.applicationId == Database::kApplicationId) {
        QSqlQuery written(db);
        if (written.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'written_by'"))
            && written.next())
            health.writtenBy = written.value(0).toString();
    }
    if (health.schemaVersion > Database::currentSchemaVersion()) {
        const QString writer = health.writtenBy.isEmpty() ? tr("a newer version of Rankwise")
                                                          : tr("Rankwise %1").arg(health.writtenBy);
        setVerdict(health, Verdict::Newer,
                   tr("“%1” was written by %2 (database schema %3); this version (%4) reads "
                      "schema %5 at most. Update Rankwise to open it; the file was left "
                      "untouched.")
                       .arg(path, writer)
                       .arg(health.schemaVersion)
                       .arg(QStringLiteral(RANKWISE_VERSION))
                       .arg(Database::currentSchemaVersion()));
        return health;
    }

    bool clean = true;
    if (depth == Depth::Quick)
        clean = collectFindings(db, QStringLiteral("quick_check"), health);
    else if (depth == Depth::Full)
        clean = collectFindings(db, QStringLiteral("integrity_check"), health)
            && collectFindings(db, QStringLiteral("foreign_key_check"), health);
    if (!clean) {
        setVerdict(
            health, Verdict::Damaged,
            damagedMessage(
                path, tr("SQLite’s check found problems (%1).").arg(health.problems.value(0))));
        return health;
    }
    setVerdict(health, Verdict::Healthy, {});
    return health;
}

} // namespace rw
