#include "recentdatabases.h"

#include <QFileInfo>
#include <QSettings>

namespace RecentDatabases {

namespace {
const QString kKey = QStringLiteral("recentDatabases");
} // namespace

QStringList list()
{
    return QSettings().value(kKey).toStringList();
}

void add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList paths = list();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    while (paths.size() > kMaxEntries)
        paths.removeLast();
    QSettings().setValue(kKey, paths);
}

void remove(const QString &path)
{
    QStringList paths = list();
    paths.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(kKey, paths);
}

void clear()
{
    QSettings().remove(kKey);
}

} // namespace RecentDatabases
