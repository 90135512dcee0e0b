#include "models/programfilterproxy.h"

#include "models/programtreemodel.h"

using namespace rw;

ProgramFilterProxy::ProgramFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ProgramTreeModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void ProgramFilterProxy::setMatches(ProgramIndex::Matches matches)
{
    m_matches = std::move(matches);
    invalidateRowsFilter();
}

bool ProgramFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_matches.all)
        return true;
    if (!sourceParent.isValid())
        return m_matches.program(sourceRow);
    return m_matches.track(sourceParent.row(), sourceRow);
}
