#pragma once

#include "scoring/sensitivity.h"

#include <QAbstractTableModel>

#include <vector>

class RankDocument;

// Rank stability: each adjacent pair of the computed order, how far apart
// they are, and the smallest single weight change that would swap them.
class StabilityModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // SummaryColumn says it all in one sentence, for a list view.
    enum Column {
        PlacesColumn,
        UpperColumn,
        LowerColumn,
        MarginColumn,
        VerdictColumn,
        SummaryColumn,
        ColumnCount
    };

    explicit StabilityModel(RankDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const std::vector<rw::PairStability> &pairs() const { return m_pairs; }
    // "Stable", "Would swap if Research weight +4", …
    QString verdict(const rw::PairStability &pair) const;

private:
    void rebuild();

    RankDocument *m_document;
    std::vector<rw::PairStability> m_pairs;
};
