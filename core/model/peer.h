#pragma once

#include <QDateTime>
#include <QString>

namespace rw {

// A classmate whose note file was imported. Their notes form a separate,
// read-only layer beside the user's own; removing the peer removes exactly
// that layer.
struct Peer
{
    qint64 id = 0;
    QString name;
    QDateTime importedAt; // when their latest file was imported here
    QDateTime fileExportedAt; // when the newest file imported from them was written
    int noteCount = 0;
};

} // namespace rw
