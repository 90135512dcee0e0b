#pragma once

#include "model/peer.h"

#include <QAbstractTableModel>
#include <QList>

// Classmates whose notes were imported, one row each, for the peers dialog.
// Names are shown inertly: they come from other people's files.
class PeersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, NotesColumn, ImportedColumn, WrittenColumn, ColumnCount };
    enum Role { NameRole = Qt::UserRole + 1, SortRole };

    explicit PeersModel(QObject *parent = nullptr);

    void setPeers(QList<rw::Peer> peers);
    const QList<rw::Peer> &peers() const { return m_peers; }
    const rw::Peer *peerAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<rw::Peer> m_peers;
};
