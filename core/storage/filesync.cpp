#include "storage/filesync.h"

#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace rw {

Status FileSync::flushFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(
            tr("Cannot open “%1” to save it to disk: %2").arg(path, file.errorString()));
#ifdef Q_OS_UNIX
    if (::fsync(file.handle()) != 0) {
        return Error::io(tr("Cannot save “%1” to disk: %2")
                             .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    }
#endif
    return {};
}

Status FileSync::flushFolder(const QString &folder)
{
#ifdef Q_OS_UNIX
    const int fd =
        ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        return Error::io(tr("Cannot open the folder “%1”: %2")
                             .arg(folder, QString::fromLocal8Bit(std::strerror(errno))));
    }
    const int result = ::fsync(fd);
    const int error = errno;
    ::close(fd);
    // Some file systems cannot sync a folder; the rename itself still stands.
    if (result != 0 && error != EINVAL && error != EROFS) {
        return Error::io(tr("Cannot save the folder “%1” to disk: %2")
                             .arg(folder, QString::fromLocal8Bit(std::strerror(error))));
    }
#else
    Q_UNUSED(folder);
#endif
    return {};
}

Status FileSync::renameNoReplace(const QString &from, const QString &to)
{
    if (QFileInfo::exists(to))
        return Error::conflict(tr("“%1” already exists; it was not replaced.").arg(to));
    QFile file(from);
    // QFile::rename never replaces an existing file.
    if (!file.rename(to)) {
        if (QFileInfo::exists(to)) // taken since the look above
            return Error::conflict(tr("“%1” already exists; it was not replaced.").arg(to));
        return Error::io(tr("Cannot rename “%1” to “%2”: %3").arg(from, to, file.errorString()));
    }
    return flushFolder(QFileInfo(to).absolutePath());
}

} // namespace rw
