#pragma once

#include "util/result.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>

namespace rw {
class Database;
}

namespace rw::crash {

// A long series of the writes a student makes, each reported after it
// committed: own notes and their edits (NoteRepository), programs of their
// own (ProgramRepository), ratings and rank list moves (plain SQL on the
// schema 2 tables), bulk note imports in one transaction, backups, and a
// read-modify-write counter that would expose lost updates between
// processes.
class Workload
{
public:
    enum class Mix {
        Crash, // one writer that gets killed: every kind of write
        Concurrent, // several writers at once: edits only of their own notes
    };

    Workload(Database &db, QString run, quint32 seed, Mix mix);

    // Creates the criteria and the rank list when missing; reports the order.
    Status setup();
    // One random write.
    Status step();

private:
    struct KnownNote
    {
        qint64 id = 0;
        QString token;
        int version = 0;
    };

    Status loadState();
    QString nextToken();
    Status addNote();
    Status editNote();
    Status addProgram();
    Status rate();
    Status move();
    Status import();
    Status backup();
    Status bump();
    Result<QList<qint64>> currentOrder();

    Database &m_db;
    QString m_run;
    QRandomGenerator m_random;
    Mix m_mix;
    int m_counter = 0;
    QList<KnownNote> m_notes;
    QList<qint64> m_criteria;
    QList<qint64> m_tracks; // the rank list's tracks
    QList<qint64> m_programIds;
    QList<QString> m_programKeys;
    qint64 m_listId = 0;
};

} // namespace rw::crash
