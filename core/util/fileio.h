#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <functional>

class QIODevice;

namespace rw {

// The one way Rankwise reads a file it was given and writes a file the user
// asked for, so the same failure always gives the same kind and sentence:
// - no such file: NotFound; larger than the caller's limit: Input (checked
//   before reading, and again if the file grows while it is read);
// - cannot open, read, write or commit: Io.
// Writes go through QSaveFile with every step checked: on any failure the
// file that was there is left as it was.
class FileIo
{
    Q_DECLARE_TR_FUNCTIONS(rw::FileIo)

public:
    static Result<QByteArray> readFile(const QString &path, qint64 maxSize);

    static Status saveFile(const QString &path, QByteArrayView bytes);
    // For writers that stream into a device (the PDF writer): `write` fills
    // the device and returns an error of its own or success; the file is
    // committed only after it succeeded and the device reported no error.
    static Status saveFile(const QString &path, const std::function<Status(QIODevice &)> &write);
};

} // namespace rw
