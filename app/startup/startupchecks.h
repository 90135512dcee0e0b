#pragma once

#include <QObject>
#include <QThreadPool>

class MainWindow;

// The two slow steps of opening a database, made once the window has
// appeared rather than before (docs/performance.md): reading every page
// (PRAGMA quick_check, which takes a quarter of a second for 10,000
// programs) and the day's backup (a VACUUM INTO copy, seconds). They run on
// a worker thread with connections of their own, so the window stays
// responsive. Damage is handed to MainWindow::recoverDamagedDatabase(),
// which offers the recovery dialog as start-up would have; a failed backup
// is said in a message box.
class StartupChecks : public QObject
{
    Q_OBJECT

public:
    explicit StartupChecks(MainWindow *window);
    ~StartupChecks() override;

    // Checks the database the window has open now, then backs it up when
    // it is writable and no backup was made today (`keepBackups` kept).
    void start(int keepBackups);

Q_SIGNALS:
    // Whatever the outcome, after it was acted on.
    void finished();

private:
    void damaged(const QString &path, const QString &message);
    void backupFailed(const QString &message);

    MainWindow *m_window;
    QThreadPool m_pool;
};
