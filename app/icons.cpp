#include "icons.h"

#include <QApplication>

namespace Icons {

QIcon themed(const QString &name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(name, QApplication::style()->standardIcon(fallback));
}

QIcon themedOnly(const QString &name)
{
    return QIcon::fromTheme(name);
}

QIcon themedOrBundled(const QString &name)
{
    return QIcon::fromTheme(name, QIcon(QStringLiteral(":/icons/%1.svg").arg(name)));
}

} // namespace Icons
