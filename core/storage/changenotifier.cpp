#include "storage/changenotifier.h"

#include "storage/statement.h"

namespace rw {

ChangeNotifier::ChangeNotifier(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    m_version = readVersion();
    // Half a second feels immediate when switching windows and costs one
    // tiny query; nothing is read unless the version moved.
    m_timer.setInterval(std::chrono::milliseconds(500));
    connect(&m_timer, &QTimer::timeout, this, &ChangeNotifier::checkNow);
    m_timer.start();
}

qint64 ChangeNotifier::readVersion() const
{
    // A failure reads as no version, so it needs no words; the statement
    // is finished at once and holds no read snapshot open.
    auto version = Statement(m_db, QStringLiteral("PRAGMA data_version")).scalar({}, {}, -1);
    return version ? version->toLongLong() : -1;
}

bool ChangeNotifier::checkNow()
{
    if (m_db.inTransaction())
        return false;
    const qint64 version = readVersion();
    if (version < 0 || version == m_version)
        return false;
    const bool first = m_version < 0;
    m_version = version;
    if (first)
        return false;
    Q_EMIT changedElsewhere();
    return true;
}

} // namespace rw
