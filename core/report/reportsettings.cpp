#include "report/reportsettings.h"

namespace rw::ReportSettings {

QPageSize::PageSizeId defaultPageSize(const QLocale &locale)
{
    return locale.measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter
                                                                   : QPageSize::A4;
}

QString pageSizeId(QPageSize::PageSizeId size)
{
    return size == QPageSize::A4 ? QStringLiteral("a4") : QStringLiteral("letter");
}

std::optional<QPageSize::PageSizeId> pageSizeFromId(const QString &id)
{
    const QString lower = id.trimmed().toLower();
    if (lower == u"letter")
        return QPageSize::Letter;
    if (lower == u"a4")
        return QPageSize::A4;
    return std::nullopt;
}

} // namespace rw::ReportSettings
