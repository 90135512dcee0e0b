#pragma once

#include "model/program.h"
#include "search/programindex.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QList>

#include <atomic>

namespace rw {

class Database;

// Gathers what the browse filter searches (names, places, continuity sites,
// curriculum, notes) for programs, in a handful of bulk queries, and turns it
// into ProgramIndex entries aligned with the programs given and their
// tracks. Only the programs' ids, keys, states and tracks (ids and types)
// are used, so list summaries will do: the text is read here. An entry's
// text is its distinct folded words (FoldedWords); a track's text only the
// words its program's text lacks. For a few programs the queries look them
// up by id; for many they read each table once. Safe to run on a worker
// thread with a Database of its own, and cancellable from another.
class SearchTextRepository
{
    Q_DECLARE_TR_FUNCTIONS(rw::SearchTextRepository)

public:
    explicit SearchTextRepository(Database &db)
        : m_db(db)
    { }

    // While *cancel is true, reading stops early with an error.
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    Result<QList<ProgramIndex::ProgramEntry>> entries(const QList<Program> &programs) const;
    // One program's entry, after its notes or sites changed.
    Result<ProgramIndex::ProgramEntry> entry(const Program &program) const;

private:
    Result<QList<ProgramIndex::ProgramEntry>> build(const QList<Program> &programs) const;

    Database &m_db;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace rw
