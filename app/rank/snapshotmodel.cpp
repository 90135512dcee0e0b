#include "rank/snapshotmodel.h"

#include "rank/rankdocument.h"
#include "ranking/snapshotdiff.h"
#include "text/displayformat.h"

using namespace rw;

SnapshotModel::SnapshotModel(RankDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &RankDocument::snapshotsChanged, this, &SnapshotModel::rebuild);
    // "Changed since" follows the list.
    connect(document, &RankDocument::analysisChanged, this, &SnapshotModel::rebuild);
    rebuild();
}

void SnapshotModel::rebuild()
{
    beginResetModel();
    m_rows = int(m_document->snapshots().size());
    endResetModel();
}

int SnapshotModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int SnapshotModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SnapshotModel::data(const QModelIndex &index, int role) const
{
    const QList<Snapshot> &snapshots = m_document->snapshots();
    if (!index.isValid() || index.row() >= snapshots.size())
        return {};
    const Snapshot &snapshot = snapshots.at(index.row());
    if (role == SnapshotIdRole)
        return snapshot.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TakenColumn:
        return DisplayFormat::dateTime(snapshot.takenAt);
    case WhyColumn:
        return snapshot.label.isEmpty() ? snapshotReasonDisplayName(snapshot.reason)
                                        : snapshot.label;
    case RanksColumn:
        return int(snapshot.entries.size());
    case ChangedColumn: {
        const ListAnalysis *a = m_document->analysis();
        if (!a)
            return {};
        int moved = 0, added = 0, removed = 0;
        for (const SnapshotChange &change : SnapshotDiff::compare(snapshot, a->entries())) {
            moved += change.kind == SnapshotChange::Kind::Moved;
            added += change.kind == SnapshotChange::Kind::Added;
            removed += change.kind == SnapshotChange::Kind::Removed;
        }
        if (moved + added + removed == 0)
            return tr("Same as now");
        QStringList parts;
        if (moved)
            parts.append(tr("%n moved", nullptr, moved));
        if (added)
            parts.append(tr("%n added", nullptr, added));
        if (removed)
            parts.append(tr("%n removed", nullptr, removed));
        return parts.join(QStringLiteral(", "));
    }
    }
    return {};
}

QVariant SnapshotModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TakenColumn:
        return tr("Taken");
    case WhyColumn:
        return tr("Label");
    case RanksColumn:
        return tr("Ranks");
    case ChangedColumn:
        return tr("Changed since");
    }
    return {};
}
