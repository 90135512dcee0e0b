#include "startup/startupchecks.h"

#include "mainwindow.h"
#include "startup/databaseopener.h"
#include "storage/backupstore.h"
#include "storage/database.h"
#include "storage/databasecheck.h"

#include <QMessageBox>

using namespace rw;

StartupChecks::StartupChecks(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    m_pool.setMaxThreadCount(1);
}

StartupChecks::~StartupChecks()
{
    // The worker posts its findings to this object: it must be done first.
    m_pool.waitForDone();
}

void StartupChecks::start(int keepBackups)
{
    const Database *db = m_window->database();
    if (!db) {
        Q_EMIT finished();
        return;
    }
    const QString path = db->path();
    const bool backup = !db->isReadOnly();
    m_pool.start([this, path, backup, keepBackups] {
        const DatabaseHealth health = DatabaseCheck::inspect(path, DatabaseCheck::Depth::Quick);
        if (!health.isHealthy()) {
            QMetaObject::invokeMethod(
                this, [this, path, message = health.message] { damaged(path, message); },
                Qt::QueuedConnection);
            return;
        }
        QString failure;
        if (backup) {
            auto daily = BackupStore(path).createDailyIfDue(keepBackups);
            if (!daily)
                failure = daily.message();
        }
        QMetaObject::invokeMethod(
            this,
            [this, failure] {
                if (!failure.isEmpty())
                    backupFailed(failure);
                Q_EMIT finished();
            },
            Qt::QueuedConnection);
    });
}

void StartupChecks::damaged(const QString &path, const QString &message)
{
    // Only about the file still open (File › Open may have replaced it).
    if (m_window->database() && m_window->database()->path() == path)
        m_window->recoverDamagedDatabase(message);
    Q_EMIT finished();
}

void StartupChecks::backupFailed(const QString &message)
{
    QMessageBox box(QMessageBox::Warning, DatabaseOpener::noBackupTitle(),
                    DatabaseOpener::noBackupText(message), QMessageBox::Ok, m_window);
    // Paths and SQLite's words are data, never markup.
    box.setTextFormat(Qt::PlainText);
    box.exec();
}
