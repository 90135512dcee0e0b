#pragma once

#include "model/program.h"
#include "search/programindex.h"

#include <QAbstractItemModel>
#include <QList>

// Programs as top-level rows with their tracks as children, for browsing.
// Holds summaries only (no sites or features; details load on selection),
// their search index entries (which also give the Notes column its counts)
// and the filter's matches: only matching programs and tracks are rows.
// A QSortFilterProxyModel on top sorts by SortRole.
class ProgramTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        InstitutionColumn,
        LocationColumn,
        TypeColumn,
        AmbulatoryColumn,
        SitesColumn,
        NotesColumn,
        ColumnCount
    };
    enum Role { KeyRole = Qt::UserRole + 1, IsTrackRole, SortRole };

    explicit ProgramTreeModel(QObject *parent = nullptr);

    // `index` holds one entry per program, in the same order.
    void setPrograms(QList<rw::Program> programs, rw::ProgramIndex index = {});
    // Every program loaded, shown or not.
    const QList<rw::Program> &programs() const { return m_programs; }
    const rw::ProgramIndex &searchIndex() const { return m_index; }
    // Replaces one program's entry (after its notes changed).
    void updateEntry(const QString &programKey, rw::ProgramIndex::ProgramEntry entry);
    // Shows only what `matches` (over searchIndex()) let through.
    void setMatches(rw::ProgramIndex::Matches matches);
    const rw::ProgramIndex::Matches &matches() const { return m_matches; }
    // Whether the program is loaded, shown or filtered out.
    bool contains(const QString &programKey) const;
    // The program for an index of either level, or nullptr.
    const rw::Program *programAt(const QModelIndex &index) const;
    const rw::Track *trackAt(const QModelIndex &index) const;
    QModelIndex indexOfProgram(const QString &key) const;
    // The row of a program or track key (a site key gives its program).
    QModelIndex indexOfKey(const QString &key) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant programData(const rw::Program &program, int column, int role) const;
    QVariant trackData(const rw::Program &program, const rw::Track &track, int column,
                       int role) const;

    void rebuildRows();
    qsizetype positionOf(const QString &programKey) const;
    const rw::ProgramIndex::ProgramEntry *entryAt(qsizetype position) const;
    int trackNoteCount(const rw::Program &program, const rw::Track &track) const;

    QList<rw::Program> m_programs;
    rw::ProgramIndex m_index;
    rw::ProgramIndex::Matches m_matches;
    QList<int> m_rows; // shown row -> position in m_programs
    QList<QList<int>> m_trackRows; // shown row -> positions of its shown tracks
};
