#pragma once

#include <QIcon>
#include <QStyle>

// Icons from the desktop's theme, with the style's built-in pixmap when the
// theme has no such icon (so toolbars never show blank buttons).
namespace Icons {

QIcon themed(const QString &name, QStyle::StandardPixmap fallback);
// An icon from the theme or nothing; for places where text stands alone well.
QIcon themedOnly(const QString &name);
// An icon from the theme, else the copy Rankwise ships (":/icons/NAME.svg",
// resources/icons/), for places that show nothing but the icon.
QIcon themedOrBundled(const QString &name);

} // namespace Icons
