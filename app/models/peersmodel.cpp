#include "models/peersmodel.h"

#include "text/displayformat.h"
#include "util/inerttext.h"

#include <QLocale>

using namespace rw;

namespace {

QString dateText(const QDateTime &time)
{
    return time.isValid() ? DisplayFormat::dateTime(time) : QStringLiteral("—");
}

} // namespace

PeersModel::PeersModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void PeersModel::setPeers(QList<Peer> peers)
{
    beginResetModel();
    m_peers = std::move(peers);
    endResetModel();
}

const Peer *PeersModel::peerAt(int row) const
{
    return row >= 0 && row < m_peers.size() ? &m_peers.at(row) : nullptr;
}

int PeersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_peers.size());
}

int PeersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeersModel::data(const QModelIndex &index, int role) const
{
    const Peer *peer = index.isValid() ? peerAt(index.row()) : nullptr;
    if (!peer)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return InertText::visibleLine(peer->name);
        case NotesColumn:
            return QLocale().toString(peer->noteCount);
        case ImportedColumn:
            return dateText(peer->importedAt);
        case WrittenColumn:
            return dateText(peer->fileExportedAt);
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == NotesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case NameRole:
        return peer->name;
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return peer->name.toCaseFolded();
        case NotesColumn:
            return peer->noteCount;
        case ImportedColumn:
            return peer->importedAt;
        case WrittenColumn:
            return peer->fileExportedAt;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant PeersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Classmate");
    case NotesColumn:
        return tr("Notes");
    case ImportedColumn:
        return tr("Imported");
    case WrittenColumn:
        return tr("File written");
    }
    return {};
}
