#pragma once

#include <QString>
#include <QStringList>

// Loads the user-interface translations compiled into the binary
// (":/i18n/rankwise_<language>.qm") and Qt's own for standard dialogs.
namespace rw::Translations {

// The languages the interface can be shown in: "en", "es", "fr".
QStringList available();
// The language's name in that language ("Español").
QString nativeName(const QString &language);
// The language to use for `preferred` ("" means follow the system): the
// preferred one when shipped, else the first system UI language shipped,
// else English.
QString resolve(const QString &preferred);
// Installs the translators for resolve(preferred) on the application and,
// when a language was chosen explicitly, makes it the default QLocale so
// dates, numbers and percentages follow it. Returns the language used.
QString install(const QString &preferred);

} // namespace rw::Translations
