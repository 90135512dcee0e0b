#include "storage/recovery.h"

#include "storage/database.h"
#include "storage/databasecheck.h"
#include "storage/filesync.h"
#include "storage/sqliteconnection.h"
#include "storage/statement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace rw {

namespace {

// The files SQLite keeps beside a database, in the order they are moved:
// journals first, so the database never meets a journal that is not its own.
const QStringList kCompanions = {QStringLiteral("-wal"), QStringLiteral("-shm"),
                                 QStringLiteral("-journal")};

#ifdef Q_OS_UNIX
// Whether another process holds a POSIX lock on [start, start + length).
bool lockedElsewhere(const QString &path, off_t start, off_t length)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    struct flock lock = {};
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = start;
    lock.l_len = length;
    const bool locked = ::fcntl(fd, F_GETLK, &lock) == 0 && lock.l_type != F_UNLCK;
    ::close(fd);
    return locked;
}
#endif

} // namespace

bool Recovery::isInUse(const QString &databasePath)
{
#ifdef Q_OS_UNIX
    // Every connection to a WAL database holds a read lock on byte 128 of
    // the -shm file (SQLite's "dead man switch") for as long as it is open;
    // a connection in a rollback-journal transaction locks the bytes from
    // 0x40000000 (the pending, reserved and shared locks) in the database.
    const QString path = QFileInfo(databasePath).absoluteFilePath();
    return lockedElsewhere(path + QStringLiteral("-shm"), 128, 1)
        || lockedElsewhere(path, 0x40000000, 512);
#else
    Q_UNUSED(databasePath);
    return false;
#endif
}

QString Recovery::asideName(const QString &databasePath, const QString &label, const QDateTime &now)
{
    const QFileInfo info(databasePath);
    const QString stamp = now.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HHmmss'Z'"));
    const QString suffix = info.suffix().isEmpty() ? QString() : u'.' + info.suffix();
    const QString stem = info.suffix().isEmpty() ? info.fileName() : info.completeBaseName();
    const QString base = info.absolutePath() + u'/' + stem + u'.' + label + u'-' + stamp;
    for (int n = 1;; ++n) {
        const QString candidate =
            base + (n == 1 ? QString() : QStringLiteral("-%1").arg(n)) + suffix;
        bool free = !QFileInfo::exists(candidate);
        for (const QString &companion : kCompanions)
            free = free && !QFileInfo::exists(candidate + companion);
        if (free)
            return candidate;
    }
}

Result<QString> Recovery::moveAside(const QString &rawPath, const QString &label)
{
    const QString path = QFileInfo(rawPath).absoluteFilePath();
    bool anything = QFileInfo::exists(path);
    for (const QString &companion : kCompanions)
        anything = anything || QFileInfo::exists(path + companion);
    if (!anything)
        return Error::notFound(tr("“%1” does not exist.").arg(path));
    if (isInUse(path)) {
        return Error::conflict(tr("“%1” is open in another Rankwise window or in rankwise-cli; "
                                  "close it and try again.")
                                   .arg(path));
    }
    const QString aside = asideName(path, label);
    for (const QString &companion : kCompanions) {
        if (!QFileInfo::exists(path + companion))
            continue;
        if (Status moved = FileSync::renameNoReplace(path + companion, aside + companion); !moved)
            return moved.error();
    }
    if (QFileInfo::exists(path)) {
        if (Status moved = FileSync::renameNoReplace(path, aside); !moved)
            return moved.error();
    }
    return aside;
}

Result<Recovery::Restored> Recovery::restore(const QString &rawBackup, const QString &rawDatabase,
                                             const QString &label)
{
    const QString backupPath = QFileInfo(rawBackup).absoluteFilePath();
    const QString databasePath = QFileInfo(rawDatabase).absoluteFilePath();
    if (backupPath == databasePath)
        return Error::input(tr("“%1” cannot be restored over itself.").arg(backupPath));

    const DatabaseHealth backup = DatabaseCheck::inspect(backupPath, DatabaseCheck::Depth::Full);
    if (!backup.isHealthy()) {
        return Error::input(tr("The backup cannot be restored: %1").arg(backup.message));
    }
    if (backup.applicationId != Database::kApplicationId) {
        return Error::input(
            tr("The backup cannot be restored: “%1” holds no Rankwise data.").arg(backupPath));
    }
    if (isInUse(databasePath)) {
        return Error::conflict(tr("“%1” is open in another Rankwise window or in rankwise-cli; "
                                  "close it and try again.")
                                   .arg(databasePath));
    }

    const QFileInfo target(databasePath);
    if (!QDir().mkpath(target.absolutePath()))
        return Error::io(tr("Cannot create the folder “%1”.").arg(target.absolutePath()));
    // The copy is made beside the database so the final rename is atomic,
    // and through SQLite so a backup that has its own journal is complete.
    const QString staging = target.absolutePath() + QStringLiteral("/.") + target.fileName()
        + QStringLiteral(".restoring");
    QFile::remove(staging);
    {
        auto connection = SqliteConnection::openReadOnly(backupPath);
        if (!connection)
            return connection.error();
        auto vacuum = Statement(connection->database(), QStringLiteral("VACUUM INTO ?"))
                          .run({staging}, tr("copying the backup “%1”").arg(backupPath));
        if (!vacuum) {
            QFile::remove(staging);
            return vacuum.error();
        }
    }
    if (Status synced = FileSync::flushFile(staging); !synced) {
        QFile::remove(staging);
        return synced.error();
    }

    Restored restored {databasePath, backupPath, {}};
    bool occupied = QFileInfo::exists(databasePath);
    for (const QString &companion : kCompanions)
        occupied = occupied || QFileInfo::exists(databasePath + companion);
    if (occupied) {
        auto aside = moveAside(databasePath, label);
        if (!aside) {
            QFile::remove(staging);
            return aside.error();
        }
        restored.keptAs = *aside;
    }
    if (Status placed = FileSync::renameNoReplace(staging, databasePath); !placed) {
        return Error::io(tr("The backup was copied to “%1” but could not be renamed to “%2”: %3")
                             .arg(staging, databasePath, placed.message()));
    }
    return restored;
}

} // namespace rw
