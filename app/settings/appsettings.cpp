#include "settings/appsettings.h"

#include "report/reportsettings.h"
#include "util/translations.h"

#include <QDir>
#include <QFileInfo>

namespace rw::Settings {

QString languagePreference()
{
    const QString saved = language.get();
    return Translations::available().contains(saved) ? saved : QString();
}

void setLanguagePreference(const QString &chosen)
{
    if (Translations::available().contains(chosen))
        language.set(chosen);
    else
        language.remove();
}

QString reportApplicantName()
{
    return applicantName.isSet() ? applicantName.get() : sharingAuthor.get();
}

QPageSize::PageSizeId reportPageSize()
{
    return ReportSettings::pageSizeFromId(pageSize.get())
        .value_or(ReportSettings::defaultPageSize());
}

void setReportPageSize(QPageSize::PageSizeId size)
{
    pageSize.set(ReportSettings::pageSizeId(size));
}

int backupKeep()
{
    const int keep = backupsKeep.get();
    return keep >= 1 ? keep : backupsKeep.defaultValue();
}

QString folder(const SettingValue<QString> &setting)
{
    return setting.get(QDir::homePath());
}

void rememberFolder(const SettingValue<QString> &setting, const QString &path)
{
    setting.set(QFileInfo(path).absolutePath());
}

} // namespace rw::Settings
