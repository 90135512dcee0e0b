#pragma once

#include <QAbstractTableModel>

class RankDocument;

// The current list's snapshots, newest first, with how much changed since.
class SnapshotModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TakenColumn, WhyColumn, RanksColumn, ChangedColumn, ColumnCount };
    enum Role { SnapshotIdRole = Qt::UserRole + 1 };

    explicit SnapshotModel(RankDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void rebuild();

    RankDocument *m_document;
    int m_rows = 0;
};
