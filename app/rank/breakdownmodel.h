#pragma once

#include <QAbstractTableModel>

class RankDocument;
namespace rw {
class ListAnalysis;
}

// How one track's score is made: per criterion, the value, its 0..1 scaled
// form, the criterion's share of the weights that count for this track, and
// the points it adds (the points add up to the score). Missing values are
// listed as left out.
class BreakdownModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CriterionColumn,
        ValueColumn,
        ScaledColumn,
        ShareColumn,
        PointsColumn,
        ColumnCount
    };

    explicit BreakdownModel(RankDocument *document, QObject *parent = nullptr);

    void setTrack(qint64 trackId);
    qint64 trackId() const { return m_trackId; }
    // The entry's index in the current analysis, or -1.
    int entry() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void rebuild();
    void refresh();
    // Where a value comes from: "Your value", or the catalog with its source file.
    static QString sourceText(const rw::ListAnalysis &analysis, int entry, int criterion);

    RankDocument *m_document;
    qint64 m_trackId = 0;
    int m_rows = 0;
};
