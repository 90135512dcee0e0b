#pragma once

#include "model/track.h"
#include "storage/namerepository.h"
#include "util/result.h"

#include <QHash>
#include <QList>
#include <QString>

namespace rw {

class Database;

// How a name from outside (a classmate's note file, a spreadsheet) finds a
// program, track or site here: the one matcher behind TargetMatcher and the
// spreadsheet import, so that both understand a name the same way. Names
// compare with case, accents and punctuation aside; track names also without
// a trailing "Track" or "Program" ("Primary Care Track" is "Primary Care").
// Everything is loaded once, so that matching 50,000 items is a series of
// hash lookups.
class NameMatcher
{
public:
    struct ProgramRow
    {
        qint64 id = 0;
        QString key;
        QString name;
        QString institution;
        QList<int> tracks;
        QList<int> sites;
    };
    struct TrackRow
    {
        qint64 id = 0;
        QString key;
        int program = 0;
        QString name;
        TrackType type = TrackType::Other;
        QString nrmpCode;
        QString nameKey; // trackNameKey(name)
    };
    struct SiteRow
    {
        qint64 id = 0;
        QString key;
        int program = 0;
        QString name;
        QString nameKey; // normalize(name)
        QString shortNameKey;
    };

    static Result<NameMatcher> load(const Database &db, NameRepository::Rows which);

    const ProgramRow &program(int index) const { return m_programs.at(index); }
    const TrackRow &track(int index) const { return m_tracks.at(index); }
    const SiteRow &site(int index) const { return m_sites.at(index); }

    // By stable key; -1 when none.
    int programByKey(const QString &key) const { return m_programByKey.value(key, -1); }
    int trackByKey(const QString &key) const { return m_trackByKey.value(key, -1); }
    int siteByKey(const QString &key) const { return m_siteByKey.value(key, -1); }
    // The tracks with this NRMP code (case and spaces aside).
    QList<int> tracksByCode(const QString &code) const;
    // The track with this code (the last one when several share it), or -1.
    int trackByCode(const QString &code) const;
    // The programs with a track whose code has this program part (its first
    // seven characters: institution and specialty).
    QList<int> programsByCodePart(const QString &code) const;
    // The programs with this institution and name.
    QList<int> programsByNames(const QString &institution, const QString &name) const;
    // The programs with this name; with an institution, the ones it also
    // matches when the name alone is not enough.
    QList<int> programsByName(const QString &name, const QString &institution) const;
    // The program's track or site named so, or -1 (a site also by its short name).
    int trackByName(int program, const QString &name) const;
    int siteByName(int program, const QString &name) const;
    // The track a name-less mention of the program means: the only one, or
    // the only categorical one; -1 when it cannot tell.
    int defaultTrack(int program) const;

    // Case-, diacritic- and punctuation-insensitive form of a name:
    // "St. Elizabeth’s Medical Center" -> "st elizabeths medical center".
    static QString normalize(const QString &name);
    // "Primary Care Track" -> "primary care": how track names compare.
    static QString trackNameKey(const QString &name);
    // What makes two mentions the same program: normalised institution and name.
    static QString programIdentity(const QString &institution, const QString &name);
    // The type a track name suggests ("Prelim" -> preliminary).
    static TrackType typeForName(const QString &name);

private:
    QList<ProgramRow> m_programs;
    QList<TrackRow> m_tracks;
    QList<SiteRow> m_sites;
    QHash<QString, int> m_programByKey;
    QHash<QString, int> m_trackByKey;
    QHash<QString, int> m_siteByKey;
    QHash<QString, QList<int>> m_tracksByCode;
    QHash<QString, QList<int>> m_programsByCodePart;
    QHash<QString, QList<int>> m_programsByNames;
    QHash<QString, QList<int>> m_programsByName;
};

} // namespace rw
