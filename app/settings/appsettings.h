#pragma once

#include "settings/settingvalue.h"
#include "storage/backupstore.h"

#include <QByteArray>
#include <QPageSize>
#include <QStringList>

// Every setting Rankwise keeps (QSettings), each declared once with its key,
// type and default. The window and rankwise-cli read them here and pass the
// values to the core, which never reads settings itself.
namespace rw::Settings {

// Interface language chosen in Preferences ("" follows the system); applies
// at the next start. Read it through languagePreference().
inline const SettingValue<QString> language {"ui/language"};

// The name printed on reports; until one is saved, the sharing name
// (reportApplicantName()).
inline const SettingValue<QString> applicantName {"report/applicantName"};
// "letter" or "a4" (ReportSettings::pageSizeId); read it through reportPageSize().
inline const SettingValue<QString> pageSize {"report/pageSize"};
inline const SettingValue<bool> reportWithBreakdown {"report/withBreakdown", false};
inline const SettingValue<bool> reportWithNotes {"report/withNotes", false};

// The name the user shares notes under.
inline const SettingValue<QString> sharingAuthor {"sharing/authorName"};

// How many backups to keep beside the database; read it through backupKeep().
inline const SettingValue<int> backupsKeep {"backups/keep", BackupStore::kDefaultKeep};

// The folders file dialogs open in (the home folder until one was used).
inline const SettingValue<QString> reportFolder {"report/lastFolder"};
inline const SettingValue<QString> sharingFolder {"sharing/lastFolder"};
inline const SettingValue<QString> importFolder {"import/lastFolder"};

// The databases opened lately, most recent first (RecentDatabases).
inline const SettingValue<QStringList> recentDatabases {"recentDatabases"};

inline const SettingValue<bool> compareHideSame {"compare/hideSame", false};

// The window's layout.
inline const SettingValue<QByteArray> windowGeometry {"window/geometry"};
inline const SettingValue<QByteArray> windowState {"window/state"};
inline const SettingValue<int> windowPage {"window/page", 0};
inline const SettingValue<QByteArray> browseSplitter {"browse/splitter"};
inline const SettingValue<QByteArray> browseDetailsSplitter {"browse/detailsSplitter"};
inline const SettingValue<QByteArray> browseNotesSplitter {"browse/notesSplitter"};
inline const SettingValue<QByteArray> browseColumns {"browse/columns"};

// The saved language when Rankwise ships it, else "" (follow the system).
QString languagePreference();
// Saves a shipped language; anything else ("" included) forgets the choice.
void setLanguagePreference(const QString &language);

// The applicant's name for reports: the saved one, else the sharing name.
QString reportApplicantName();
// The saved page size, else Letter where the locale measures in US units,
// A4 elsewhere.
QPageSize::PageSizeId reportPageSize();
void setReportPageSize(QPageSize::PageSizeId size);

// The number of backups to keep: the saved one when it is at least 1, else
// the default.
int backupKeep();

// A folder setting's value, or the home folder; remember() stores the folder
// holding `path`.
QString folder(const SettingValue<QString> &setting);
void rememberFolder(const SettingValue<QString> &setting, const QString &path);

} // namespace rw::Settings
