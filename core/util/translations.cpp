#include "util/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace rw::Translations {

QStringList available()
{
    return {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr")};
}

QString nativeName(const QString &language)
{
    // Endonyms, spelled as a menu would: QLocale's own adds the country
    // ("español de España").
    if (language == u"en")
        return QStringLiteral("English");
    if (language == u"es")
        return QStringLiteral("Español");
    if (language == u"fr")
        return QStringLiteral("Français");
    const QString name = QLocale(language).nativeLanguageName();
    return name.isEmpty() ? language : name.left(1).toUpper() + name.mid(1);
}

QString resolve(const QString &preferred)
{
    if (available().contains(preferred))
        return preferred;
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QString language = ui.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (available().contains(language))
            return language;
    }
    return QStringLiteral("en");
}

QString install(const QString &preferred)
{
    const QString language = resolve(preferred);
    auto *app = QCoreApplication::instance();
    // English needs its plural forms ("1 note", "2 notes"); the others carry their own.
    auto *ours = new QTranslator(app);
    if (ours->load(QStringLiteral(":/i18n/rankwise_%1.qm").arg(language)))
        QCoreApplication::installTranslator(ours);
    else
        delete ours;
    if (language != u"en") {
        auto *qt = new QTranslator(app);
        if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    }
    if (!preferred.isEmpty())
        QLocale::setDefault(QLocale(language));
    return language;
}

} // namespace rw::Translations
