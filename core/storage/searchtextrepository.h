#pragma once

#include "model/program.h"
#include "search/programindex.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QList>

namespace rw {

class Database;

// Gathers what the browse filter searches (names, places, continuity sites,
// curriculum, notes) for program summaries, in a handful of bulk queries, and
// turns it into ProgramIndex entries aligned with the programs given. An
// entry's text is its distinct folded words (FoldedWords); a track's text
// only the words its program's text lacks. For a few programs the queries
// look them up by id; for many they read each table once.
class SearchTextRepository
{
    Q_DECLARE_TR_FUNCTIONS(rw::SearchTextRepository)

public:
    explicit SearchTextRepository(Database &db)
        : m_db(db)
    { }

    Result<QList<ProgramIndex::ProgramEntry>> entries(const QList<Program> &programs) const;
    // One program's entry, after its notes or sites changed.
    Result<ProgramIndex::ProgramEntry> entry(const Program &program) const;

private:
    Result<QList<ProgramIndex::ProgramEntry>> build(const QList<Program> &programs) const;

    Database &m_db;
};

} // namespace rw
