#pragma once

#include "exchange/namematcher.h"
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
// then by NRMP code, then by names (institution and program, then the track
// or site within the program), through the NameMatcher the spreadsheet
// import uses too. Withdrawn rows count: notes on them survive.
class TargetMatcher
{
    Q_DECLARE_TR_FUNCTIONS(rw::TargetMatcher)

public:
    static Result<TargetMatcher> load(Database &db);

    TargetMatch match(const NoteTargetRef &ref) const;

    // The key used to group items of one program: normalised institution and program.
    static QString programIdentity(const NoteTargetRef &ref);

private:
    struct ProgramFound
    {
        int index = -1;
        QString how; // "by key", "by NRMP code 1234140", "by names"
        TargetMatch::How kind = TargetMatch::How::None;
        int ambiguous = 0; // how many programs share the names when not unique
    };

    explicit TargetMatcher(NameMatcher names)
        : m_names(std::move(names))
    { }
    ProgramFound findProgram(const NoteTargetRef &ref) const;
    QList<int> programsNamed(const NoteTargetRef &ref) const;
    TargetMatch onProgram(int index, TargetMatch::How how, const QString &reason) const;
    TargetMatch onTrack(int index, TargetMatch::How how, const QString &reason) const;
    TargetMatch onSite(int index, TargetMatch::How how, const QString &reason) const;

    NameMatcher m_names;
    mutable QHash<QString, QList<int>> m_programsByNames; // by raw institution and program
    QString m_byKey;
    QString m_byNames;
    QString m_noMatch;
};

} // namespace rw
