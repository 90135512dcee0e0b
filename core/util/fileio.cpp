#include "util/fileio.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace rw {

namespace {

constexpr double kMegabyte = 1024.0 * 1024.0;

QString megabytes(qint64 bytes, int decimals)
{
    return QString::number(double(bytes) / kMegabyte, 'f', decimals);
}

} // namespace

Result<QByteArray> FileIo::readFile(const QString &path, qint64 maxSize)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error::notFound(tr("There is no file “%1”.").arg(path));
    const auto tooLarge = [&](qint64 size) {
        const int limitDecimals = maxSize % qint64(kMegabyte) == 0 ? 0 : 1;
        return Error::input(
            tr("“%1” is %2 MB; it can be at most %3 MB.")
                .arg(info.fileName(), megabytes(size, 1), megabytes(maxSize, limitDecimals)));
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(tr("Cannot read “%1”: %2.").arg(path, file.errorString()));
    if (file.size() > maxSize)
        return tooLarge(file.size());
    // One byte past the limit, so a file that grows while it is read is caught too.
    QByteArray bytes = file.read(maxSize + 1);
    if (file.error() != QFileDevice::NoError)
        return Error::io(tr("Cannot read “%1”: %2.").arg(path, file.errorString()));
    if (bytes.size() > maxSize)
        return tooLarge(bytes.size());
    return bytes;
}

Status FileIo::saveFile(const QString &path, QByteArrayView bytes)
{
    return saveFile(path, [&](QIODevice &device) -> Status {
        if (device.write(bytes.data(), bytes.size()) != bytes.size())
            return Error::io(tr("Cannot write “%1”: %2.").arg(path, device.errorString()));
        return {};
    });
}

Status FileIo::saveFile(const QString &path, const std::function<Status(QIODevice &)> &write)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(tr("Cannot write “%1”: %2.").arg(path, file.errorString()));
    if (Status written = write(file); !written) {
        file.cancelWriting();
        return written;
    }
    if (file.error() != QFileDevice::NoError)
        return Error::io(tr("Cannot write “%1”: %2.").arg(path, file.errorString()));
    if (!file.commit())
        return Error::io(tr("Cannot save “%1”: %2.").arg(path, file.errorString()));
    return {};
}

} // namespace rw
