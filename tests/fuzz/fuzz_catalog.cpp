// Fuzz target: the catalog JSON reader must refuse anything malformed with
// an error, never crash or hang.

#include "catalog/catalogreader.h"
#include "fuzztarget.h"

#include <QByteArray>
#include <QString>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    auto catalog = rw::CatalogReader::parse(bytes, QStringLiteral("fuzz"));
    if (catalog.ok()) {
        // Accepted input must be self-consistent: every program has a track.
        for (const rw::Program &program : catalog->programs) {
            if (program.tracks.isEmpty())
                __builtin_trap();
        }
    } else if (catalog.message().isEmpty()) {
        __builtin_trap();
    }
    return 0;
}
