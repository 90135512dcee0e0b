#include "databaseopener.h"

#include "catalog/bundledcatalog.h"
#include "dialogs/recoverydialog.h"
#include "settings/appsettings.h"
#include "storage/backupstore.h"
#include "storage/database.h"
#include "storage/databasecheck.h"
#include "storage/recovery.h"
#include "text/displayformat.h"

#include <QMessageBox>

using namespace rw;

namespace {

// At most this many recovery rounds: each is a user decision, and a file
// that keeps failing after being replaced needs a person, not a loop.
constexpr int kMaxAttempts = 5;

} // namespace

void DatabaseOpener::tell(QMessageBox::Icon icon, const QString &title, const QString &text) const
{
    QMessageBox box(icon, title, text, QMessageBox::Ok, m_parent);
    // Paths and SQLite's words are data, never markup.
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

DatabaseOpener::DatabaseOpener(QString path, QWidget *parent)
    : m_path(std::move(path))
    , m_parent(parent)
    , m_keep(Settings::backupKeep())
{ }

std::unique_ptr<Database> DatabaseOpener::open()
{
    Database::Options options;
    // Every page read once at start: damage shows up here, with the offer
    // to restore, rather than as an error in the middle of work.
    options.verify = !m_deferChecks;
    options.keepBackups = m_keep;
    for (int attempt = 0; attempt < kMaxAttempts; ++attempt) {
        auto opened = Database::open(m_path, options);
        if (opened) {
            std::unique_ptr<Database> db = std::move(opened.value());
            if (auto installed = BundledCatalog::install(*db); !installed) {
                tell(QMessageBox::Critical, tr("Cannot Load the Catalog"), installed.message());
                return nullptr;
            }
            finishOpening(*db);
            return db;
        }
        if (recover(opened.message()) == Next::GiveUp)
            return nullptr;
    }
    tell(QMessageBox::Critical, tr("Cannot Open the Database"),
         tr("“%1” still cannot be opened.").arg(m_path));
    return nullptr;
}

std::unique_ptr<Database> DatabaseOpener::recoverFrom(const QString &failure)
{
    if (recover(failure) == Next::GiveUp)
        return nullptr;
    return open();
}

void DatabaseOpener::finishOpening(Database &db)
{
    if (db.isReadOnly()) {
        tell(
            QMessageBox::Warning, tr("Opened Read-Only"),
            tr("“%1” is open read-only because %2.\n\nYou can look at everything, but changes "
               "cannot be saved. To make changes, fix the file’s permissions, or copy it to a "
               "folder you can write to and open the copy.")
                .arg(db.path(),
                     db.readOnlyReason().isEmpty() ? tr("it was asked for") : db.readOnlyReason()));
        return;
    }
    if (m_deferChecks)
        return;
    auto daily = BackupStore(db.path()).createDailyIfDue(m_keep);
    if (!daily)
        tell(QMessageBox::Warning, noBackupTitle(), noBackupText(daily.message()));
}

QString DatabaseOpener::noBackupTitle()
{
    return tr("No Backup Today");
}

QString DatabaseOpener::noBackupText(const QString &reason)
{
    return tr("Today’s backup could not be made: %1\n\nYour data is "
              "unchanged; Rankwise will try again next time.")
        .arg(reason);
}

DatabaseOpener::Next DatabaseOpener::recover(const QString &failure)
{
    const DatabaseHealth health = DatabaseCheck::inspect(m_path, DatabaseCheck::Depth::Full);
    const QList<BackupInfo> backups = BackupStore(m_path).list();
    // A file that was never a database (the wrong file given with --db) is
    // only refused; one that looks damaged, or that has backups, is ours.
    const bool ours = health.verdict != DatabaseHealth::Verdict::NotSqlite || !backups.isEmpty()
        || m_path == Database::defaultPath();
    if (!health.isDamaged() || !ours) {
        tell(QMessageBox::Critical, tr("Cannot Open the Database"), failure);
        return Next::GiveUp;
    }

    QList<RecoveryDialog::Candidate> candidates;
    for (const BackupInfo &backup : backups) {
        const DatabaseHealth checked = DatabaseCheck::inspect(backup.path);
        candidates.append(
            {backup, checked.isHealthy() && checked.applicationId != 0, checked.message});
    }
    RecoveryDialog dialog(health, candidates, m_parent);
    const int result = m_dialogHandler ? m_dialogHandler(dialog) : dialog.exec();
    if (result != QDialog::Accepted)
        return Next::GiveUp;

    if (dialog.choice() == RecoveryDialog::Choice::Restore) {
        const std::optional<BackupInfo> backup = dialog.selectedBackup();
        if (!backup)
            return Next::Retry;
        auto restored = Recovery::restore(backup->path, m_path, QStringLiteral("damaged"));
        if (!restored) {
            tell(QMessageBox::Critical, tr("Cannot Restore the Backup"), restored.message());
            return Next::Retry;
        }
        tell(QMessageBox::Information, tr("Backup Restored"),
             tr("The backup from %1 is now your database.\n\nThe damaged file was kept as “%2”.")
                 .arg(DisplayFormat::dateTime(backup->created), restored->keptAs));
        return Next::Retry;
    }
    if (dialog.choice() == RecoveryDialog::Choice::StartEmpty) {
        auto aside = Recovery::moveAside(m_path, QStringLiteral("damaged"));
        if (!aside) {
            tell(QMessageBox::Critical, tr("Cannot Move the Damaged File"), aside.message());
            return Next::Retry;
        }
        tell(QMessageBox::Information, tr("Starting With an Empty Database"),
             tr("The damaged file was kept as “%1”.").arg(*aside));
        return Next::Retry;
    }
    return Next::GiveUp;
}
