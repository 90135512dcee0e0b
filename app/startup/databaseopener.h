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
class DatabaseOpener
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseOpener)

public:
    explicit DatabaseOpener(QString path, QWidget *parent = nullptr);

    // The open database, or nullptr when it cannot be opened and the user
    // chose to quit (they have been told why).
    std::unique_ptr<rw::Database> open();

    // How many backups to keep (default: the "backups/keep" setting).
    void setKeepBackups(int keep) { m_keep = keep; }

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
    DialogHandler m_dialogHandler;
};
