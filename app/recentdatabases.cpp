#include "recentdatabases.h"

#include "settings/appsettings.h"

#include <QFileInfo>

namespace RecentDatabases {

QStringList list()
{
    return rw::Settings::recentDatabases.get();
}

void add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList paths = list();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    while (paths.size() > kMaxEntries)
        paths.removeLast();
    rw::Settings::recentDatabases.set(paths);
}

void remove(const QString &path)
{
    QStringList paths = list();
    paths.removeAll(QFileInfo(path).absoluteFilePath());
    rw::Settings::recentDatabases.set(paths);
}

void clear()
{
    rw::Settings::recentDatabases.remove();
}

} // namespace RecentDatabases
