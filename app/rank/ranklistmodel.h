#pragma once

#include <QAbstractTableModel>

#include <optional>

class RankDocument;

// The current list in the user's order, with the score, the computed
// position and the distance between the two beside each entry. Drops and
// pin toggles are turned into requests (the workspace makes undo commands
// of them); the model itself only mirrors the document.
class RankListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        RankColumn,
        TrackColumn, // "Track — Program": the track first, as names are long
        ScoreColumn,
        ComputedColumn,
        DistanceColumn,
        PinnedColumn,
        NrmpColumn,
        MissingColumn,
        ColumnCount
    };
    enum Role {
        TrackIdRole = Qt::UserRole + 1,
        TrackKeyRole,
        SortValueRole,
        // On the score column: the score's range as a QPointF (low, high),
        // 0..100, and the score; invalid without a score.
        ScoreRangeRole,
        ScoreValueRole,
        ProvisionalRole, // bool
    };

    static QString mimeType() { return QStringLiteral("application/x-rankwise-rank-entry"); }

    explicit RankListModel(RankDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;

    int rowOfTrack(qint64 trackId) const;
    qint64 trackIdAt(int row) const;

Q_SIGNALS:
    // The user dropped an entry at a new rank (1-based).
    void moveRequested(qint64 trackId, int position);
    void pinRequested(qint64 trackId, bool pinned);

private:
    void rebuild();
    void refreshScores();
    // The score with its coverage and range, for the tooltip and screen readers.
    QString scoreDescription(int row) const;
    std::optional<int> dropPosition(const QMimeData *data, int row, const QModelIndex &parent,
                                    qint64 *trackId) const;

    RankDocument *m_document;
    // The rows' tracks as last published: the document changes before the
    // model resets, and views ask which track was current in between.
    QList<qint64> m_trackIds;
};
