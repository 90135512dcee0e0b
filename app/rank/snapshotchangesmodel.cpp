#include "rank/snapshotchangesmodel.h"

#include "rank/rankdocument.h"

using namespace rw;

SnapshotChangesModel::SnapshotChangesModel(RankDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &RankDocument::analysisChanged, this, &SnapshotChangesModel::rebuild);
    connect(document, &RankDocument::snapshotsChanged, this, &SnapshotChangesModel::rebuild);
}

void SnapshotChangesModel::setSnapshot(qint64 snapshotId)
{
    m_snapshotId = snapshotId;
    rebuild();
}

void SnapshotChangesModel::rebuild()
{
    beginResetModel();
    m_changes.clear();
    const ListAnalysis *a = m_document->analysis();
    for (const Snapshot &snapshot : m_document->snapshots()) {
        if (snapshot.id == m_snapshotId && a)
            m_changes = SnapshotDiff::compare(snapshot, a->entries());
    }
    endResetModel();
}

int SnapshotChangesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int SnapshotChangesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SnapshotChangesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_changes.size())
        return {};
    const SnapshotChange &change = m_changes.at(index.row());
    if (role == Qt::TextAlignmentRole
        && (index.column() == ThenColumn || index.column() == NowColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TrackColumn:
        return change.label;
    case ThenColumn:
        return change.before ? QVariant(change.before) : QVariant(QStringLiteral("–"));
    case NowColumn:
        return change.after ? QVariant(change.after) : QVariant(QStringLiteral("–"));
    case ChangeColumn: {
        QString text;
        switch (change.kind) {
        case SnapshotChange::Kind::Moved:
            text = change.after < change.before
                ? tr("▲ up %n", nullptr, change.before - change.after)
                : tr("▼ down %n", nullptr, change.after - change.before);
            break;
        case SnapshotChange::Kind::Added:
            text = tr("added since");
            break;
        case SnapshotChange::Kind::Removed:
            text = tr("removed since");
            break;
        case SnapshotChange::Kind::Unchanged:
            text = tr("same place");
            break;
        }
        if (change.pinnedBefore != change.pinnedAfter && change.before && change.after)
            text += change.pinnedAfter ? tr(", pinned since") : tr(", unpinned since");
        return text;
    }
    }
    return {};
}

QVariant SnapshotChangesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TrackColumn:
        return tr("Program and track");
    case ThenColumn:
        return tr("Then");
    case NowColumn:
        return tr("Now");
    case ChangeColumn:
        return tr("Change");
    }
    return {};
}
