#include "safetysupport.h"

#include "catalog/bundledcatalog.h"
#include "storage/database.h"
#include "storage/noterepository.h"
#include "testsupport.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QSqlQuery>
#include <QStringList>
#include <QtEndian>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace rw::test {

namespace {

QByteArray header(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.read(100);
}

} // namespace

void makeDatabaseFile(const QString &path, const QString &noteBody)
{
    {
        auto db = Database::open(path);
        if (!db)
            qFatal("cannot create %s: %s", qPrintable(path), qPrintable(db.message()));
        if (auto installed = BundledCatalog::install(**db); !installed)
            qFatal("cannot install the catalog: %s", qPrintable(installed.message()));
        NoteRepository notes(**db);
        auto target = notes.resolveTarget(QStringLiteral("mgh-im"));
        if (!target)
            qFatal("no mgh-im: %s", qPrintable(target.message()));
        auto note = notes.add(*target, noteBody);
        if (!note)
            qFatal("cannot add a note: %s", qPrintable(note.message()));
        QSqlQuery checkpoint((*db)->connection());
        checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
}

int pageSize(const QString &path)
{
    const QByteArray bytes = header(path);
    const int size = qFromBigEndian<quint16>(bytes.constData() + 16);
    return size == 1 ? 65536 : size;
}

int pageCount(const QString &path)
{
    return int(qFromBigEndian<quint32>(header(path).constData() + 28));
}

void truncateFile(const QString &path, qint64 size)
{
    QFile file(path);
    if (!file.resize(size))
        qFatal("cannot truncate %s", qPrintable(path));
}

void overwritePages(const QString &path, int first, int count, char byte)
{
    const int size = pageSize(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(qint64(first - 1) * size))
        qFatal("cannot damage %s", qPrintable(path));
    file.write(QByteArray(qsizetype(size) * count, byte));
}

QString crashDriverPath()
{
    return QStringLiteral(RANKWISE_CRASHDRIVER_PATH);
}

bool startDriver(QProcess &process, const QStringList &args, const QString &waitFor,
                 QByteArray *consumed, int timeoutMs)
{
    process.start(crashDriverPath(), args);
    if (!process.waitForStarted(timeoutMs))
        return false;
    if (waitFor.isEmpty())
        return true;
    QDeadlineTimer deadline(timeoutMs);
    QByteArray seen;
    while (!deadline.hasExpired()) {
        while (process.canReadLine()) {
            const QByteArray line = process.readLine();
            seen += line;
            if (line.startsWith(waitFor.toUtf8())) {
                if (consumed)
                    *consumed += seen;
                return true;
            }
        }
        if (process.state() == QProcess::NotRunning)
            break;
        process.waitForReadyRead(100);
    }
    qWarning("crash driver did not print “%s”: %s %s", qPrintable(waitFor), seen.constData(),
             process.readAllStandardError().constData());
    return false;
}

Unprivileged::Unprivileged(const QStringList &reachableFolders)
{
#ifdef Q_OS_UNIX
    if (::geteuid() != 0)
        return;
    for (const QString &folder : reachableFolders)
        ::chmod(QFile::encodeName(folder).constData(), 0777);
    // Real and effective ids both, since access() (QFileInfo::isWritable)
    // checks the real one; the saved id stays root to switch back.
    if (::setresgid(65534, 65534, 0) != 0 || ::setresuid(65534, 65534, 0) != 0)
        qFatal("cannot switch to an unprivileged user");
    m_switched = true;
#else
    Q_UNUSED(reachableFolders);
#endif
}

Unprivileged::~Unprivileged()
{
#ifdef Q_OS_UNIX
    if (m_switched && (::setresuid(0, 0, 0) != 0 || ::setresgid(0, 0, 0) != 0))
        qFatal("cannot switch back to root");
#endif
}

} // namespace rw::test
