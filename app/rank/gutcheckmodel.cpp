#include "rank/gutcheckmodel.h"

#include "rank/rankdocument.h"
#include "text/displayformat.h"

using namespace rw;

GutCheckModel::GutCheckModel(RankDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &RankDocument::analysisChanged, this, &GutCheckModel::rebuild);
    connect(document, &RankDocument::scoresChanged, this, &GutCheckModel::rebuild);
    rebuild();
}

void GutCheckModel::rebuild()
{
    beginResetModel();
    const ListAnalysis *a = m_document->analysis();
    m_agreement = a ? a->agreement() : Agreement();
    endResetModel();
    Q_EMIT agreementChanged();
}

int GutCheckModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_agreement.disagreements.size());
}

int GutCheckModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GutCheckModel::data(const QModelIndex &index, int role) const
{
    const ListAnalysis *a = m_document->analysis();
    if (!a || !index.isValid() || size_t(index.row()) >= m_agreement.disagreements.size())
        return {};
    const auto &[higher, scoredHigher] = m_agreement.disagreements[size_t(index.row())];
    const RankEntry &yours = a->entries().at(higher);
    const RankEntry &scores = a->entries().at(scoredHigher);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case YoursColumn:
            return tr("%1 (your rank %2)").arg(yours.label()).arg(yours.position);
        case ScoresColumn:
            return tr("%1 (your rank %2)").arg(scores.label()).arg(scores.position);
        case GapColumn:
            return DisplayFormat::score(*a->score(scoredHigher) - *a->score(higher));
        case SummaryColumn:
            return tr("You rank %1 (%2) above %3 (%4), which scores %5 points higher.")
                .arg(yours.label())
                .arg(yours.position)
                .arg(scores.label())
                .arg(scores.position)
                .arg(DisplayFormat::score(*a->score(scoredHigher) - *a->score(higher)));
        }
    }
    if (role == Qt::ToolTipRole) {
        return tr("You rank %1 above %2, but %2 scores %3 points higher.")
            .arg(yours.label(), scores.label(),
                 DisplayFormat::score(*a->score(scoredHigher) - *a->score(higher)));
    }
    if (role == Qt::TextAlignmentRole && index.column() == GapColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant GutCheckModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case YoursColumn:
        return tr("You rank higher");
    case ScoresColumn:
        return tr("Scores higher");
    case GapColumn:
        return tr("Score gap");
    case SummaryColumn:
        return tr("Disagreement");
    }
    return {};
}
