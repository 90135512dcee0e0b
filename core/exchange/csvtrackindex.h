#pragma once

#include "model/track.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace rw {

class Database;

// Every program and track a spreadsheet row could mean, loaded once so that
// matching a few hundred rows is hash lookups: by NRMP code, by program name
// (narrowed by institution when two programs share a name), and by track name
// within a program. Deleted and withdrawn rows are left out: an import never
// brings them back.
class CsvTrackIndex
{
    Q_DECLARE_TR_FUNCTIONS(rw::CsvTrackIndex)

public:
    struct ProgramRow
    {
        qint64 id = 0;
        QString key;
        QString name;
        QString institution;
        QList<int> tracks;
    };
    struct TrackRow
    {
        qint64 id = 0;
        QString key;
        int program = 0;
        QString name;
        TrackType type = TrackType::Other;
        QString nrmpCode;
    };

    static Result<CsvTrackIndex> load(const Database &db);

    const ProgramRow &program(int index) const { return m_programs.at(index); }
    const TrackRow &track(int index) const { return m_tracks.at(index); }

    // The track with this (normalised) code, or -1.
    int trackByCode(const QString &code) const;
    // Programs named so (case, accents and punctuation aside); with an
    // institution, the ones it also matches when the name alone is not enough.
    QList<int> programsByName(const QString &name, const QString &institution) const;
    // The program's track named so, or -1. "Primary Care Track" finds "Primary Care".
    int trackByName(int program, const QString &name) const;
    // The track a row without a track name means: the only one, or the only
    // categorical one; -1 when it cannot tell.
    int defaultTrack(int program) const;

    // "primary care track" -> "primary care": how track names are compared.
    static QString trackNameKey(const QString &name);
    // The type a track name suggests ("Prelim" -> preliminary).
    static TrackType typeForName(const QString &name);

private:
    QList<ProgramRow> m_programs;
    QList<TrackRow> m_tracks;
    QHash<QString, int> m_byCode;
    QHash<QString, QList<int>> m_byName;
};

} // namespace rw
