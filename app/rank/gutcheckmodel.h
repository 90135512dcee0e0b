#pragma once

#include "scoring/agreement.h"

#include <QAbstractTableModel>

class RankDocument;

// The gut check: the pairs where the user's order goes against the scores
// (Kendall's tau is in agreement()).
class GutCheckModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // SummaryColumn says it all in one sentence, for a list view.
    enum Column { YoursColumn, ScoresColumn, GapColumn, SummaryColumn, ColumnCount };

    explicit GutCheckModel(RankDocument *document, QObject *parent = nullptr);

    const rw::Agreement &agreement() const { return m_agreement; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void agreementChanged();

private:
    void rebuild();

    RankDocument *m_document;
    rw::Agreement m_agreement;
};
