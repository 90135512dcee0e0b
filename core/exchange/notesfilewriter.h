#pragma once

#include "exchange/notesfile.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace rw {

// Turns a NotesFile into the bytes of a `.rwnotes` file (UTF-8 JSON,
// docs/notes-format.md) and writes it safely: QSaveFile, every step checked,
// so a failed write never leaves half a file behind.
class NotesFileWriter
{
    Q_DECLARE_TR_FUNCTIONS(rw::NotesFileWriter)

public:
    static QByteArray toJson(const NotesFile &file);
    static Status write(const QString &path, const NotesFile &file);

    static QJsonObject targetToJson(const NoteTargetRef &ref);
};

} // namespace rw
