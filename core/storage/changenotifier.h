#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace rw {

class Database;

// Tells the UI when another process (a second window, rankwise-cli) has
// committed to the same database file, so it can reload. It polls SQLite's
// PRAGMA data_version, which changes only for commits made by other
// connections, never for our own.
class ChangeNotifier : public QObject
{
    Q_OBJECT

public:
    // `db` must outlive the notifier. Polling starts at once.
    explicit ChangeNotifier(Database &db, QObject *parent = nullptr);

    void setInterval(std::chrono::milliseconds interval) { m_timer.setInterval(interval); }
    std::chrono::milliseconds interval() const { return m_timer.intervalAsDuration(); }
    void start() { m_timer.start(); }
    void stop() { m_timer.stop(); }
    bool isActive() const { return m_timer.isActive(); }

    // Looks now; emits changedElsewhere() and returns true when another
    // connection committed since the last look. Skipped inside our own
    // transaction, where SQLite would report our own snapshot.
    bool checkNow();

Q_SIGNALS:
    void changedElsewhere();

private:
    qint64 readVersion() const;

    Database &m_db;
    QTimer m_timer;
    qint64 m_version = -1;
};

} // namespace rw
