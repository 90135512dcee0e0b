#pragma once

// Builders for the note-sharing tests: own notes, user programs, and the
// rank-list tables (criteria, ratings, lists) filled with plain SQL so these
// tests do not depend on the rank-list repositories.

#include "exchange/notesfilereader.h"
#include "exchange/notesimporter.h"
#include "model/note.h"
#include "model/program.h"
#include "storage/database.h"
#include "storage/noterepository.h"
#include "storage/programrepository.h"
#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace rw::test {

inline Note addOwnNote(Database &db, NoteTarget::Kind kind, const QString &key, const QString &body)
{
    auto note = NoteRepository(db).add({kind, key}, body);
    if (!note)
        qFatal("cannot add note: %s", qPrintable(note.message()));
    return *note;
}

inline QString addUserProgram(Database &db, const QString &name, const QString &institution,
                              const QList<QPair<QString, QString>> &tracks)
{
    Program program;
    program.name = name;
    program.institutionName = institution;
    program.city = QStringLiteral("Boston");
    program.state = QStringLiteral("MA");
    for (const auto &[trackName, code] : tracks) {
        Track track;
        track.name = trackName;
        track.type = TrackType::Categorical;
        track.nrmpCode = code;
        program.tracks.append(track);
    }
    auto key = ProgramRepository(db).addProgram(program);
    if (!key)
        qFatal("cannot add program: %s", qPrintable(key.message()));
    return *key;
}

// Imports tests/data's two-note file as the classmate `name`.
inline void importNotesAs(Database &db, const QString &name)
{
    auto file = NotesFileReader::readFile(dataPath(QStringLiteral("notes/good/two-notes.rwnotes")));
    ImportOptions options;
    options.peerName = name;
    if (!file || !NotesImporter(db).apply(*file, options))
        qFatal("import failed");
}

inline void sql(Database &db, const QString &statement)
{
    QSqlQuery query(db.connection());
    if (!query.exec(statement))
        qFatal("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
}

// Two criteria, ratings on MGH primary care (4) and UMass categorical (2), a
// primary list "Main" (UMass primary care 1st and pinned, MGH primary care
// 2nd) and an empty supplemental list "Prelims".
inline void addRankingData(Database &db)
{
    sql(db,
        QStringLiteral("INSERT INTO criteria(name, weight, kind, parameter, direction, "
                       "position) VALUES ('Location', 3, 'rating', '', 1, 0), "
                       "('Commute time', 1.5, 'attribute', 'distance', -1, 1)"));
    sql(db,
        QStringLiteral("INSERT INTO ratings(track_id, criterion_id, value) SELECT t.id, c.id, "
                       "4 FROM tracks t, criteria c WHERE t.key = 'mgh-im.primary-care' AND "
                       "c.name = 'Location'"));
    sql(db,
        QStringLiteral("INSERT INTO ratings(track_id, criterion_id, value) SELECT t.id, c.id, "
                       "2 FROM tracks t, criteria c WHERE t.key = 'umass-im.categorical' AND "
                       "c.name = 'Location'"));
    sql(db,
        QStringLiteral("INSERT INTO rank_lists(name, kind, created) VALUES "
                       "('Main', 'primary', '2025-01-01T00:00:00.000Z'), "
                       "('Prelims', 'supplemental', '2025-01-02T00:00:00.000Z')"));
    sql(db,
        QStringLiteral("INSERT INTO rank_entries(list_id, track_id, position, pinned) "
                       "SELECT l.id, t.id, 1, 1 FROM rank_lists l, tracks t "
                       "WHERE l.name = 'Main' AND t.key = 'umass-im.primary-care'"));
    sql(db,
        QStringLiteral("INSERT INTO rank_entries(list_id, track_id, position, pinned) "
                       "SELECT l.id, t.id, 2, 0 FROM rank_lists l, tracks t "
                       "WHERE l.name = 'Main' AND t.key = 'mgh-im.primary-care'"));
}

} // namespace rw::test
