#include "storage/backupstore.h"

#include "storage/database.h"
#include "storage/databasecheck.h"
#include "storage/filesync.h"
#include "storage/sqliteconnection.h"
#include "storage/statement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <signal.h>
#endif

namespace rw {

namespace {

const QString kTimeFormat = QStringLiteral("yyyy-MM-dd'T'HHmmss'Z'");
const QString kSuffix = QStringLiteral(".bak");
const QString kPartial = QStringLiteral(".partial");

// A partial file older than this, or whose process is gone, was left by a
// process that died while backing up; otherwise it may be a backup still
// being written by another process.
constexpr qint64 kStalePartialSeconds = 3600;

QRegularExpression namePattern(const QString &databaseFileName)
{
    return QRegularExpression(QStringLiteral("^") + QRegularExpression::escape(databaseFileName)
                              + QStringLiteral(R"(\.(\d{4}-\d\d-\d\dT\d{6}Z)(?:-(\d+))?\.)")
                              + QStringLiteral(R"(([a-z][a-z-]*)\.bak$)"));
}

// Whether a process with this id still runs; a backup it was writing is
// otherwise abandoned. (A reused id only delays the clean-up.)
bool processIsAlive(qint64 pid)
{
#ifdef Q_OS_UNIX
    return ::kill(pid_t(pid), 0) == 0 || errno != ESRCH;
#else
    Q_UNUSED(pid);
    return true;
#endif
}

bool newerFirst(const BackupInfo &a, const BackupInfo &b)
{
    if (a.created != b.created)
        return a.created > b.created;
    if (a.sequence != b.sequence)
        return a.sequence > b.sequence;
    return a.fileName > b.fileName;
}

} // namespace

QString BackupStore::reasonId(Reason reason)
{
    switch (reason) {
    case Reason::Daily:
        return QStringLiteral("daily");
    case Reason::Upgrade:
        return QStringLiteral("upgrade");
    case Reason::Manual:
        break;
    }
    return QStringLiteral("manual");
}

QString BackupStore::reasonText(const QString &reasonId)
{
    if (reasonId == u"daily")
        return tr("daily backup");
    if (reasonId == u"upgrade")
        return tr("backup before an upgrade");
    if (reasonId == u"manual")
        return tr("backup made on request");
    return tr("backup");
}

BackupStore::BackupStore(const QString &databasePath)
    : m_databasePath(QFileInfo(databasePath).absoluteFilePath())
{ }

QString BackupStore::folder() const
{
    return QFileInfo(m_databasePath).absolutePath() + QStringLiteral("/backups");
}

QList<BackupInfo> BackupStore::list() const
{
    QList<BackupInfo> backups;
    const QDir dir(folder());
    if (!dir.exists())
        return backups;
    const QString baseName = QFileInfo(m_databasePath).fileName();
    const QRegularExpression pattern = namePattern(baseName);
    const QFileInfoList files =
        dir.entryInfoList({baseName + QStringLiteral(".*") + kSuffix}, QDir::Files);
    for (const QFileInfo &file : files) {
        const QRegularExpressionMatch match = pattern.match(file.fileName());
        if (!match.hasMatch())
            continue;
        BackupInfo info;
        info.path = file.absoluteFilePath();
        info.fileName = file.fileName();
        info.created = QDateTime::fromString(match.captured(1), kTimeFormat);
        info.created.setTimeSpec(Qt::UTC);
        if (!info.created.isValid())
            continue;
        info.sequence = match.captured(2).isEmpty() ? 0 : match.captured(2).toInt();
        info.reason = match.captured(3);
        info.bytes = file.size();
        backups.append(info);
    }
    std::sort(backups.begin(), backups.end(), newerFirst);
    return backups;
}

QString BackupStore::uniqueFileName(const QDateTime &now, Reason reason) const
{
    const QString stamp = now.toUTC().toString(kTimeFormat);
    // Backups within one second keep their order through the sequence.
    int sequence = -1;
    for (const BackupInfo &backup : list()) {
        if (backup.created.toString(kTimeFormat) == stamp)
            sequence = std::max(sequence, backup.sequence);
    }
    const QString base = QFileInfo(m_databasePath).fileName() + u'.' + stamp;
    for (++sequence;; ++sequence) {
        const QString name = base
            + (sequence == 0 ? QString() : QStringLiteral("-%1").arg(sequence)) + u'.'
            + reasonId(reason) + kSuffix;
        if (!QFileInfo::exists(folder() + u'/' + name))
            return name;
    }
}

void BackupStore::removeStalePartials() const
{
    // `<backup name>.<pid>.partial`, and the rollback journal SQLite keeps
    // beside it while writing (`…partial-journal`).
    static const QRegularExpression owner(QStringLiteral(R"(\.(\d+)\.partial(?:-journal)?$)"));
    const QDir dir(folder());
    const QString baseName = QFileInfo(m_databasePath).fileName();
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addSecs(-kStalePartialSeconds);
    const QFileInfoList partials =
        dir.entryInfoList({baseName + QStringLiteral(".*") + kPartial,
                           baseName + QStringLiteral(".*") + kPartial + QStringLiteral("-journal")},
                          QDir::Files);
    for (const QFileInfo &file : partials) {
        const QRegularExpressionMatch match = owner.match(file.fileName());
        const qint64 pid = match.hasMatch() ? match.captured(1).toLongLong() : 0;
        if (file.lastModified().toUTC() < cutoff || (pid > 0 && !processIsAlive(pid)))
            QFile::remove(file.absoluteFilePath());
    }
}

Result<BackupInfo> BackupStore::create(Reason reason, int keep, const QDateTime &now)
{
    if (!QFileInfo::exists(m_databasePath))
        return Error::notFound(
            tr("“%1” does not exist; there is nothing to back up.").arg(m_databasePath));
    if (!QDir().mkpath(folder()))
        return Error::io(tr("Cannot create the backup folder “%1”.").arg(folder()));
    removeStalePartials();

    // The copy is made under a name of this process's own, so that two
    // processes backing up at once never write the same file.
    const QString partialPath = folder() + u'/' + uniqueFileName(now, reason) + u'.'
        + QString::number(QCoreApplication::applicationPid()) + kPartial;
    auto discard = [&](const Error &error) {
        QFile::remove(partialPath);
        return error;
    };

    {
        auto connection = SqliteConnection::openReadOnly(m_databasePath);
        if (!connection)
            return connection.error();
        // VACUUM INTO writes a compact copy of one consistent snapshot, even
        // while another connection is writing.
        auto vacuum = Statement(connection->database(), QStringLiteral("VACUUM INTO ?"))
                          .run({partialPath}, tr("backing up “%1”").arg(m_databasePath));
        if (!vacuum)
            return discard(vacuum.error());
    }
    if (Status synced = FileSync::flushFile(partialPath); !synced)
        return discard(synced.error());

    const DatabaseHealth health = DatabaseCheck::inspect(partialPath, DatabaseCheck::Depth::Full);
    if (!health.isHealthy()) {
        return discard(Error::database(tr("The backup of “%1” did not pass its check (%2); it was "
                                          "not kept, and older backups were left as they were.")
                                           .arg(m_databasePath, health.message)));
    }
    // The final name is taken only by the rename, which never replaces: if
    // another process took this name meanwhile, the next one is used.
    QString name;
    for (int attempt = 0;; ++attempt) {
        name = uniqueFileName(now, reason);
        Status renamed = FileSync::renameNoReplace(partialPath, folder() + u'/' + name);
        if (renamed)
            break;
        if (renamed.error().kind != Error::Kind::Conflict || attempt == 10)
            return discard(renamed.error());
    }

    if (Status pruned = prune(keep); !pruned)
        return pruned.error();
    for (const BackupInfo &backup : list()) {
        if (backup.fileName == name)
            return backup;
    }
    return Error::internal(tr("The new backup “%1” cannot be found.").arg(name));
}

Result<std::optional<BackupInfo>> BackupStore::createDailyIfDue(int keep, const QDateTime &now)
{
    const QDate today = now.toLocalTime().date();
    for (const BackupInfo &backup : list()) {
        if (backup.created.toLocalTime().date() == today)
            return std::optional<BackupInfo>();
    }
    auto made = create(Reason::Daily, keep, now);
    if (!made)
        return made.error();
    return std::optional<BackupInfo>(*made);
}

Status BackupStore::prune(int keep)
{
    const QList<BackupInfo> backups = list();
    for (qsizetype i = std::max(keep, 1); i < backups.size(); ++i) {
        QFile file(backups.at(i).path);
        // Another process pruning at the same time may have been first.
        if (!file.remove() && file.exists()) {
            return Error::io(tr("Cannot delete the old backup “%1”: %2")
                                 .arg(file.fileName(), file.errorString()));
        }
    }
    return {};
}

Result<BackupInfo> BackupStore::find(const QString &nameOrPath) const
{
    const QList<BackupInfo> backups = list();
    if (nameOrPath == u"latest") {
        if (auto good = newestGood())
            return *good;
        if (backups.isEmpty())
            return Error::notFound(
                tr("There are no backups of “%1” in “%2”.").arg(m_databasePath, folder()));
        return Error::input(tr("None of the backups of “%1” in “%2” passes the integrity check.")
                                .arg(m_databasePath, folder()));
    }
    for (const BackupInfo &backup : backups) {
        if (backup.fileName == nameOrPath)
            return backup;
    }
    const QFileInfo file(nameOrPath);
    if (!file.exists() || file.isDir()) {
        return Error::notFound(tr("There is no backup “%1” (looked for a file, and among the "
                                  "backups in “%2”).")
                                   .arg(nameOrPath, folder()));
    }
    BackupInfo info;
    info.path = file.absoluteFilePath();
    info.fileName = file.fileName();
    info.created = file.lastModified().toUTC();
    info.bytes = file.size();
    for (const BackupInfo &backup : backups) {
        if (backup.path == info.path)
            return backup;
    }
    return info;
}

std::optional<BackupInfo> BackupStore::newestGood() const
{
    for (const BackupInfo &backup : list()) {
        if (DatabaseCheck::inspect(backup.path, DatabaseCheck::Depth::Full).isHealthy())
            return backup;
    }
    return std::nullopt;
}

} // namespace rw
