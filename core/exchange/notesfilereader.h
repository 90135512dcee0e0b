#pragma once

#include "exchange/notesfile.h"
#include "util/result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>
#include <QLatin1String>

namespace rw {

class JsonErrors;
class JsonObjectReader;

// Reads a `.rwnotes` file, which comes from someone else and is untrusted:
// every byte is checked (size, UTF-8, nesting, repeated fields) before the
// JSON parser runs, then every field is checked against the format (types,
// required fields, limits, unknown fields, unique item ids). The first
// problem refuses the whole file with a message naming it and where it is
// (a JSON path such as items[3].target.kind, or a byte offset).
class NotesFileReader
{
    Q_DECLARE_TR_FUNCTIONS(rw::NotesFileReader)

public:
    static Result<NotesFile> parse(QByteArrayView bytes);
    // Refuses a file over the size limit before reading it; the message
    // starts with the file's name.
    static Result<NotesFile> readFile(const QString &path);

private:
    static NoteTargetRef readTarget(const QJsonValue &value, const QString &path,
                                    JsonErrors &errors, bool trackOnly);
    static QDateTime readDateTime(JsonObjectReader &reader, QLatin1String key, JsonErrors &errors);
    static void readItems(const QJsonArray &array, NotesFile &file, JsonErrors &errors);
    static void readCriteria(const QJsonArray &array, NotesFile &file, JsonErrors &errors);
    static void readRatings(const QJsonArray &array, NotesFile &file, JsonErrors &errors);
    static void readLists(const QJsonArray &array, NotesFile &file, JsonErrors &errors);
};

} // namespace rw
