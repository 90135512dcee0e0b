#include "report.h"

#include <QByteArray>

#include <unistd.h>

namespace rw::crash {

namespace {

void writeAll(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n <= 0)
            return;
        done += n;
    }
}

} // namespace

void report(const QString &line)
{
    writeAll(STDOUT_FILENO, (line + u'\n').toUtf8());
}

void complain(const QString &message)
{
    writeAll(STDERR_FILENO, (QStringLiteral("crashdriver: ") + message + u'\n').toUtf8());
}

} // namespace rw::crash
