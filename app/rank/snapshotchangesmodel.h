#pragma once

#include "ranking/snapshotdiff.h"

#include <QAbstractTableModel>

class RankDocument;

// What changed between one snapshot and the list now, track by track.
class SnapshotChangesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TrackColumn, ThenColumn, NowColumn, ChangeColumn, ColumnCount };

    explicit SnapshotChangesModel(RankDocument *document, QObject *parent = nullptr);

    void setSnapshot(qint64 snapshotId);
    qint64 snapshotId() const { return m_snapshotId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void rebuild();

    RankDocument *m_document;
    qint64 m_snapshotId = 0;
    QList<rw::SnapshotChange> m_changes;
};
