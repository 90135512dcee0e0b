// Fuzz target: the note file reader (.rwnotes) must refuse anything malformed
// with a message, never crash, hang or accept a file past its limits; what it
// accepts must survive a write and a second read unchanged.

#include "exchange/notesfilereader.h"
#include "exchange/notesfilewriter.h"
#include "fuzztarget.h"

#include <QByteArray>
#include <QSet>
#include <QString>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    auto file = rw::NotesFileReader::parse(bytes);
    if (!file.ok()) {
        if (file.message().isEmpty())
            __builtin_trap();
        return 0;
    }
    if (file->items.size() > rw::NotesFormat::kMaxItems)
        __builtin_trap();
    QSet<QString> ids;
    for (const rw::NoteItem &item : file->items) {
        if (item.body.size() > rw::NotesFormat::kMaxBodyLength || ids.contains(item.id))
            __builtin_trap();
        ids.insert(item.id);
    }
    auto again = rw::NotesFileReader::parse(rw::NotesFileWriter::toJson(*file));
    if (!again.ok() || again->items.size() != file->items.size()
        || again->ratings.size() != file->ratings.size()
        || again->lists.size() != file->lists.size())
        __builtin_trap();
    for (qsizetype i = 0; i < file->items.size(); ++i) {
        if (again->items.at(i).body != file->items.at(i).body
            || again->items.at(i).id != file->items.at(i).id)
            __builtin_trap();
    }
    return 0;
}
