#pragma once

#include "search/programindex.h"

#include <QSortFilterProxyModel>

// Sorts the program tree by ProgramTreeModel::SortRole and shows only the
// rows ProgramIndex::match() let through. Matching is done once per filter
// change over the index; filterAcceptsRow() is then a lookup, which is what
// keeps typing instant with ten thousand programs.
class ProgramFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ProgramFilterProxy(QObject *parent = nullptr);

    // Matches computed over the source model's current index.
    void setMatches(rw::ProgramIndex::Matches matches);
    const rw::ProgramIndex::Matches &matches() const { return m_matches; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    rw::ProgramIndex::Matches m_matches;
};
