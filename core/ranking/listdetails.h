#pragma once

#include "model/ranklist.h"
#include "ranking/listanalysis.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace rw {

class Database;

// A list as a printed or exported one shows it: the list, its scores and
// where each entry's program is.
struct ListForExport
{
    RankList list;
    ListAnalysis analysis;
    QHash<qint64, EntryPlace> places;
};

class ListDetails
{
    Q_DECLARE_TR_FUNCTIONS(rw::ListDetails)

public:
    // The list named `listName` (the first primary list when empty) with its
    // analysis and places.
    static Result<ListForExport> forExport(Database &db, const QString &listName);
    // The user's own notes on the list's tracks and their programs, flattened
    // to one line each (Markdown markers dropped), by track id: notes on the
    // track first, then on the program, most recently changed first.
    static Result<QHash<qint64, QStringList>> ownNotes(Database &db, qint64 listId);
    // A note body as one line of plain words: line breaks become spaces and
    // the light Markdown markers at the start of lines (#, -, *, 1.) and
    // around words (**, `) are dropped.
    static QString flattenNote(const QString &body);
};

} // namespace rw
