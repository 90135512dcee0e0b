#pragma once

#include <QLocale>
#include <QPageSize>
#include <QString>

#include <optional>

namespace rw::ReportSettings {

// The page sizes printed reports offer. The faces keep the chosen one in
// their settings (app/settings/appsettings.h) and pass it in.

// Letter where the locale measures in US units, A4 elsewhere.
QPageSize::PageSizeId defaultPageSize(const QLocale &locale = QLocale());

// "letter" / "a4", as the CLI takes them.
QString pageSizeId(QPageSize::PageSizeId size);
std::optional<QPageSize::PageSizeId> pageSizeFromId(const QString &id);

} // namespace rw::ReportSettings
