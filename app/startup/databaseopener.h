#pragma once

#include <QCoreApplication>
#include <QMessageBox>
#include <QString>

#include <functional>
#include <memory>

class QWidget;
class RecoveryDialog;

namespace rw {
class Database;
}

// Opens the database the window works on, before the window exists. When
// the file is damaged it says what and where and offers the newest good
// backup (RecoveryDialog); the damaged file is always kept aside. A file
// that cannot be written opens read-only, with a notice. Once open, the
// day's backup is made. Never crashes: every failure ends in a message.
//
// The application defers the two slow steps (reading every page, the
// backup) until its window has appeared (setDeferChecks(); StartupChecks
// makes them then); damage found that way comes back through recoverFrom().
class DatabaseOpener
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseOpener)

public:
    explicit DatabaseOpener(QString path, QWidget *parent = nullptr);

    // The open database, or nullptr when it cannot be opened and the user
    // chose to quit (they have been told why).
    std::unique_ptr<rw::Database> open();

    // How many backups to keep (default: Settings::backupKeep()).
    void setKeepBackups(int keep) { m_keep = keep; }
    int keepBackups() const { return m_keep; }
    // Open without PRAGMA quick_check and without the day's backup: the
    // caller makes them later (StartupChecks). The file's header, identity
    // and schema are still checked.
    void setDeferChecks(bool defer) { m_deferChecks = defer; }

    // For a database already open and found damaged since (`failure` says
    // how): offers the recovery dialog, then opens the result as open()
    // does. The caller has closed its own connection. nullptr when the user
    // chose to quit.
    std::unique_ptr<rw::Database> recoverFrom(const QString &failure);

    // What is said when the day's backup fails.
    static QString noBackupTitle();
    static QString noBackupText(const QString &reason);

    // Tests answer the recovery dialog through this instead of exec().
    using DialogHandler = std::function<int(RecoveryDialog &)>;
    void setDialogHandler(DialogHandler handler) { m_dialogHandler = std::move(handler); }

private:
    enum class Next { Retry, GiveUp };
    Next recover(const QString &failure);
    void finishOpening(rw::Database &db);
    // A modal message box showing `text` as plain text.
    void tell(QMessageBox::Icon icon, const QString &title, const QString &text) const;

    QString m_path;
    QWidget *m_parent;
    int m_keep;
    bool m_deferChecks = false;
    DialogHandler m_dialogHandler;
};
