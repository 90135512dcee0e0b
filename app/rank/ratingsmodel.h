#pragma once

#include <QAbstractTableModel>

#include <optional>

class RankDocument;

// The ratings grid: the current list's tracks (rows, in the user's order,
// named in the vertical header) by criteria (columns). Rating criteria are
// editable 1 to 5; facts and features show the value the score uses. A
// missing value shows as "–" and says so, in text, not only in colour.
class RatingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { TrackIdRole = Qt::UserRole + 1, CriterionIdRole, EditableRole };

    explicit RatingsModel(RankDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // EditRole: an int 1..5, or an invalid QVariant to clear. Emits
    // ratingRequested; the grid changes when the command lands.
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    bool isRatingCell(const QModelIndex &index) const;

Q_SIGNALS:
    void ratingRequested(qint64 trackId, qint64 criterionId, std::optional<int> value);

private:
    void rebuild();

    RankDocument *m_document;
    QList<qint64> m_trackIds; // rows
    QList<qint64> m_criterionIds; // columns
};
