#pragma once

#include "model/program.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace rw {

class Database;

// One column of a side-by-side comparison: a whole program, or one of its
// tracks (the unit a student ranks).
struct CompareItem
{
    Program program; // whole: tracks, sites, features
    QString trackKey; // empty for the whole program

    const Track *track() const;
    QString key() const { return trackKey.isEmpty() ? program.key : trackKey; }
    QString title() const;
};

// A cell holds plain text (compared for differences) and, optionally, HTML
// built by Rankwise from escaped text (rendered notes).
struct CompareCell
{
    QString text;
    QString html;

    bool isEmpty() const { return text.trimmed().isEmpty() && html.isEmpty(); }
};

struct CompareRow
{
    QString label;
    QList<CompareCell> cells; // one per item, in item order
    // Free text such as notes is shown side by side but never marked as a
    // difference.
    bool comparable = true;

    bool differs() const;
    bool allEmpty() const;
};

struct CompareSection
{
    QString title;
    QList<CompareRow> rows;
};

// Supplies rows beyond the catalog facts: the user's notes here; the rank
// list builder adds "your ratings" the same way. Each call gets the open
// database, so providers hold no connection of their own.
class CompareRowProvider
{
public:
    virtual ~CompareRowProvider() = default;
    virtual Result<QList<CompareSection>> sections(Database &db,
                                                   const QList<CompareItem> &items) const = 0;
};

// Builds the rows of a comparison of 2 to 4 programs or tracks.
class Comparison
{
    Q_DECLARE_TR_FUNCTIONS(rw::Comparison)

public:
    static constexpr int kMaxItems = 4;

    // A program or track key, loaded whole.
    static Result<CompareItem> load(Database &db, const QString &key);
    // The catalog facts: overview, continuity sites, curriculum by category.
    // Rows that no item has are left out.
    static QList<CompareSection> facts(const QList<CompareItem> &items);
    // facts() followed by every provider's sections.
    static Result<QList<CompareSection>> build(Database &db, const QList<CompareItem> &items,
                                               const QList<const CompareRowProvider *> &providers);
};

// "Your notes" and "Classmates' notes" rows, rendered from light Markdown.
class NoteRowProvider : public CompareRowProvider
{
    Q_DECLARE_TR_FUNCTIONS(rw::NoteRowProvider)

public:
    Result<QList<CompareSection>> sections(Database &db,
                                           const QList<CompareItem> &items) const override;
};

} // namespace rw
