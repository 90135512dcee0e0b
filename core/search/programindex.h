#pragma once

#include "model/track.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rw {

// Facets narrow the browse list beside the typed filter; empty means "any".
struct SearchFacets
{
    QString state;
    std::optional<TrackType> trackType;
    QString category; // a FeatureCategory id

    bool isEmpty() const { return state.isEmpty() && !trackType && category.isEmpty(); }
    friend bool operator==(const SearchFacets &, const SearchFacets &) = default;
};

// The searchable text of every program and track, folded once (lower case,
// accents removed, UTF-8) so that each keystroke in the filter box is a plain
// substring scan over precomputed bytes and nothing else; typing further
// only rescans what still matched. A program matches the filter when one of
// its tracks does; a track matches when every typed word appears in its own
// text or in its program's text (name, institution, city, sites,
// curriculum, notes).
class ProgramIndex
{
public:
    struct TrackEntry
    {
        QByteArray text; // folded, UTF-8
        TrackType type = TrackType::Categorical;
        quint32 categories = 0; // curriculum categories of this track only
    };
    struct ProgramEntry
    {
        QString key;
        QByteArray text; // folded, UTF-8
        QString state;
        quint32 categories = 0; // program-wide curriculum categories
        QList<TrackEntry> tracks;
    };
    // Which rows pass, aligned with the entries (and so with the programs
    // they were built from).
    struct Matches
    {
        bool all = true; // nothing to filter: every row passes
        QList<bool> programs;
        QList<QList<bool>> tracks;
        int programCount = 0;
        int trackCount = 0;
        // What was matched, so the next keystroke can narrow these results.
        QStringList terms;
        SearchFacets facets;
        bool narrowable = true; // false once the index changed under them

        bool program(qsizetype row) const { return all || programs.value(row); }
        bool track(qsizetype programRow, qsizetype trackRow) const
        {
            return all || tracks.value(programRow).value(trackRow);
        }
    };

    void setEntries(QList<ProgramEntry> entries) { m_entries = std::move(entries); }
    void replaceEntry(qsizetype row, ProgramEntry entry) { m_entries[row] = std::move(entry); }
    const QList<ProgramEntry> &entries() const { return m_entries; }
    qsizetype size() const { return m_entries.size(); }

    // With `previous` (matched over this same index) and a query that only
    // extends its words, only what matched before is looked at again.
    Matches match(const QString &query, const SearchFacets &facets,
                  const Matches *previous = nullptr) const;

    // Distinct states, sorted, for the state facet.
    QStringList states() const;
    // The category ids present in any program, in FeatureCategory order.
    QStringList categories() const;

    static quint32 categoryBit(const QString &categoryId);
    // Lower case, compatibility-decomposed, accents dropped: "Québec" -> "quebec".
    static QString fold(const QString &text);
    // fold() as the UTF-8 the entries hold.
    static QByteArray foldUtf8(const QString &text) { return fold(text).toUtf8(); }
    // The folded words of a query.
    static QStringList terms(const QString &query);

private:
    QList<ProgramEntry> m_entries;
};

} // namespace rw
