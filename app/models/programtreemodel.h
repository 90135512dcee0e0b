#pragma once

#include "model/program.h"
#include "search/programindex.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

#include <optional>

// Programs as top-level rows with their tracks as children, for browsing.
// Holds list summaries only (ProgramRepository::listSummaries(); details
// load on selection), their search index entries and the filter's matches:
// only matching programs and tracks are rows. It sorts itself (sort(), by
// SortRole), so that a keystroke in the filter never re-sorts thousands of
// rows: the order is computed when the programs or the sort column change,
// and filtering keeps it.
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

    // The programs to list. Search entries already held stay with their
    // programs (matched by key, while the tracks are the same); the others
    // wait for setEntries() or updateEntry() (keysWithoutEntry()).
    void setPrograms(QList<rw::Program> programs);
    // Search entries for some or all of the programs, matched by key
    // (entries for programs not listed, or whose tracks differ, are ignored).
    void setEntries(QList<rw::ProgramIndex::ProgramEntry> entries);
    // Programs whose search entry is missing, in list order.
    QStringList keysWithoutEntry() const;
    bool hasAllEntries() const { return m_missingEntries == 0; }
    // Every program loaded, shown or not.
    const QList<rw::Program> &programs() const { return m_programs; }
    // Aligned with programs(); a program without its entry yet has one that
    // holds no text (typed words never match it).
    const rw::ProgramIndex &searchIndex() const { return m_index; }
    // Replaces one program's entry (after its notes changed).
    void updateEntry(const QString &programKey, rw::ProgramIndex::ProgramEntry entry);
    // Replaces one program's summary (its note counts after a note changed);
    // the program must keep its tracks.
    void updateProgram(const rw::Program &summary);
    // One program added, edited (tracks too) or, with nullopt, gone: a
    // reset over the programs held, without reading the others again. Its
    // search entry is kept only when its tracks are unchanged; the filter's
    // matches are cleared (apply them again).
    void replaceProgram(const QString &key, const std::optional<rw::Program> &summary);
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

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QVariant programData(const rw::Program &program, int column, int role) const;
    QVariant trackData(const rw::Program &program, const rw::Track &track, int column,
                       int role) const;

    void computeOrder();
    void rebuildRows();
    qsizetype positionOf(const QString &programKey) const;
    static rw::ProgramIndex::ProgramEntry emptyEntry(const rw::Program &program);

    QList<rw::Program> m_programs;
    QHash<QString, qsizetype> m_positions; // program key -> position in m_programs
    rw::ProgramIndex m_index;
    QList<bool> m_hasEntry; // aligned with m_programs
    int m_missingEntries = 0;
    rw::ProgramIndex::Matches m_matches;
    int m_sortColumn = NameColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<int> m_order; // positions in m_programs, sorted
    QList<QList<int>> m_trackOrder; // per position: its tracks' positions, sorted
    QList<int> m_rows; // shown row -> position in m_programs
    QList<QList<int>> m_trackRows; // shown row -> positions of its shown tracks
};
