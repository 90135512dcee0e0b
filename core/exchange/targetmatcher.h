#pragma once

#include "exchange/notesfile.h"
#include "model/note.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace rw {

class Database;

// Where an item of a classmate's file lands in this database, and why.
struct TargetMatch
{
    enum class How {
        None, // nothing here matches
        Key, // the same stable key
        NrmpCode, // the same NRMP code
        Names, // the same institution and program names (and track or site name)
        ProgramOnly, // the program matched but not its track or site: the note goes on the program
    };
    How how = How::None;
    NoteTarget target; // what the note is attached to here
    qint64 rowId = 0; // the row of `target` in programs, tracks or sites
    QString label; // "Program › Track" as named here
    QString reason; // a short sentence for the preview

    bool matched() const { return how != How::None; }
};

// Finds a classmate's program, track or site in this database: by stable key
// (catalog keys only: a `my-` key names something else in every database),
// then by NRMP code, then by normalised names (institution and program, then
// the track or site within the program). Loads every program, track and site
// once so that matching 50,000 items is a series of hash lookups.
class TargetMatcher
{
    Q_DECLARE_TR_FUNCTIONS(rw::TargetMatcher)

public:
    static Result<TargetMatcher> load(Database &db);

    TargetMatch match(const NoteTargetRef &ref) const;

    // Case-, diacritic- and punctuation-insensitive form of a name:
    // "St. Elizabeth’s Medical Center" -> "st elizabeths medical center".
    static QString normalize(const QString &name);
    // The key used to group items of one program: normalised institution and program.
    static QString programIdentity(const NoteTargetRef &ref);

private:
    struct ProgramRow
    {
        qint64 id = 0;
        QString key;
        QString name;
        QList<int> tracks;
        QList<int> sites;
    };
    struct TrackRow
    {
        qint64 id = 0;
        QString key;
        int program = 0;
        QString name;
        QString normalized;
    };
    struct SiteRow
    {
        qint64 id = 0;
        QString key;
        int program = 0;
        QString name;
        QString normalized;
        QString normalizedShort;
    };
    struct ProgramFound
    {
        int index = -1;
        QString how; // "by key", "by NRMP code 1234140", "by names"
        TargetMatch::How kind = TargetMatch::How::None;
        int ambiguous = 0; // how many programs share the names when not unique
    };

    ProgramFound findProgram(const NoteTargetRef &ref) const;
    QString cachedIdentity(const NoteTargetRef &ref) const;
    TargetMatch onProgram(int index, TargetMatch::How how, const QString &reason) const;
    TargetMatch onTrack(int index, TargetMatch::How how, const QString &reason) const;
    TargetMatch onSite(int index, TargetMatch::How how, const QString &reason) const;

    QList<ProgramRow> m_programs;
    QList<TrackRow> m_tracks;
    QList<SiteRow> m_sites;
    QHash<QString, int> m_programByKey;
    QHash<QString, int> m_trackByKey;
    QHash<QString, int> m_siteByKey;
    QHash<QString, QList<int>> m_tracksByCode;
    QHash<QString, QList<int>> m_programsByCodePart;
    QHash<QString, QList<int>> m_programsByNames;
    mutable QHash<QString, QString> m_identityCache;
    QString m_byKey;
    QString m_byNames;
    QString m_noMatch;
};

} // namespace rw
