#include "report/reportsettings.h"

#include <QSettings>

namespace rw::ReportSettings {

namespace {
const QString kApplicantName = QStringLiteral("report/applicantName");
const QString kPageSize = QStringLiteral("report/pageSize");
const QString kSharingAuthor = QStringLiteral("sharing/authorName");
} // namespace

QString applicantName()
{
    const QSettings settings;
    if (settings.contains(kApplicantName))
        return settings.value(kApplicantName).toString();
    return settings.value(kSharingAuthor).toString();
}

void setApplicantName(const QString &name)
{
    QSettings().setValue(kApplicantName, name.trimmed());
}

QPageSize::PageSizeId defaultPageSize(const QLocale &locale)
{
    return locale.measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter
                                                                   : QPageSize::A4;
}

QPageSize::PageSizeId pageSize()
{
    return pageSizeFromId(QSettings().value(kPageSize).toString()).value_or(defaultPageSize());
}

void setPageSize(QPageSize::PageSizeId size)
{
    QSettings().setValue(kPageSize, pageSizeId(size));
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
