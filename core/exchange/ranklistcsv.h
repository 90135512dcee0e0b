#pragma once

#include "model/ranklist.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace rw {

class Database;

// A rank list as a spreadsheet: Rank, Program, Institution, Track, NRMP Code,
// City, State, Score, then one column per rating criterion with the user's
// 1–5 ratings (blank when not rated). UTF-8 with a byte order mark, CRLF,
// RFC 4180 quoting and formula-escaped text, so LibreOffice and Excel open it
// cleanly; CsvImporter reads it back into the same list and ratings.
class RankListCsv
{
    Q_DECLARE_TR_FUNCTIONS(rw::RankListCsv)

public:
    struct Written
    {
        RankList list;
        int ranks = 0;
        int criteria = 0; // rating columns
    };

    // The file's bytes for the list named `listName` (the first primary list
    // when empty).
    static Result<QByteArray> bytes(Database &db, const QString &listName,
                                    Written *written = nullptr);
    // Writes them through QSaveFile.
    static Result<Written> exportTo(Database &db, const QString &listName, const QString &path);
};

} // namespace rw
