#pragma once

#include <QLocale>
#include <QPageSize>
#include <QString>

#include <optional>

namespace rw::ReportSettings {

// The preferences printed reports use, kept in QSettings ("report/…") so the
// window's Preferences, its export dialog and rankwise-cli agree.

// The applicant's name printed on reports. Until one is saved, the name the
// user shares notes under ("sharing/authorName"), if any.
QString applicantName();
void setApplicantName(const QString &name);

// Letter or A4. Until one is saved, Letter where the locale measures in US
// units, A4 elsewhere.
QPageSize::PageSizeId pageSize();
void setPageSize(QPageSize::PageSizeId size);
QPageSize::PageSizeId defaultPageSize(const QLocale &locale = QLocale());

// "letter" / "a4", as the CLI takes them.
QString pageSizeId(QPageSize::PageSizeId size);
std::optional<QPageSize::PageSizeId> pageSizeFromId(const QString &id);

} // namespace rw::ReportSettings
