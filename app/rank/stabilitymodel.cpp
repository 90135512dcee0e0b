#include "rank/stabilitymodel.h"

#include "rank/rankdocument.h"
#include "text/displayformat.h"

using namespace rw;

StabilityModel::StabilityModel(RankDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &RankDocument::analysisChanged, this, &StabilityModel::rebuild);
    connect(document, &RankDocument::scoresChanged, this, &StabilityModel::rebuild);
    rebuild();
}

void StabilityModel::rebuild()
{
    beginResetModel();
    const ListAnalysis *a = m_document->analysis();
    m_pairs = a ? a->stability() : std::vector<PairStability>();
    endResetModel();
}

int StabilityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pairs.size());
}

int StabilityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString StabilityModel::verdict(const PairStability &pair) const
{
    const ListAnalysis *a = m_document->analysis();
    if (!pair.swap) {
        return pair.tied ? tr("Tied, and equal on every criterion")
                         : tr("Stable: no single weight change swaps them");
    }
    const QString name = a->criteria().at(pair.swap->criterion).name;
    if (pair.tied) {
        return (pair.swap->direction > 0 ? tr("Tied: raising the %1 weight at all swaps them")
                                         : tr("Tied: lowering the %1 weight at all swaps them"))
            .arg(name);
    }
    const double change = pair.swap->weightChange;
    const QString amount = DisplayFormat::weight(std::abs(change));
    return change > 0 ? tr("Would swap if %1 weight +%2").arg(name, amount)
                      : tr("Would swap if %1 weight −%2").arg(name, amount);
}

QVariant StabilityModel::data(const QModelIndex &index, int role) const
{
    const ListAnalysis *a = m_document->analysis();
    if (!a || !index.isValid() || size_t(index.row()) >= m_pairs.size())
        return {};
    const PairStability &pair = m_pairs[size_t(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case PlacesColumn:
            return tr("%1–%2").arg(index.row() + 1).arg(index.row() + 2);
        case UpperColumn:
            return a->entries().at(pair.upper).label();
        case LowerColumn:
            return a->entries().at(pair.lower).label();
        case MarginColumn:
            return DisplayFormat::score(pair.margin * 100.0);
        case VerdictColumn:
            return verdict(pair);
        case SummaryColumn:
            return tr("%1–%2:  %3  ›  %4 — ahead by %5 points. %6.")
                .arg(index.row() + 1)
                .arg(index.row() + 2)
                .arg(a->entries().at(pair.upper).label(), a->entries().at(pair.lower).label(),
                     DisplayFormat::score(pair.margin * 100.0), verdict(pair));
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == MarginColumn)
            return tr("Score points between the two");
        if ((index.column() == VerdictColumn || index.column() == SummaryColumn) && pair.swap
            && !pair.tied)
            return tr("Changing that weight by this much makes the two scores equal; any "
                      "further and they trade places. Weights are raw numbers, as in the "
                      "Criteria tab.");
    }
    if (role == Qt::TextAlignmentRole && index.column() == MarginColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant StabilityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PlacesColumn:
        return tr("Places");
    case UpperColumn:
        return tr("Higher");
    case LowerColumn:
        return tr("Lower");
    case MarginColumn:
        return tr("Ahead by");
    case VerdictColumn:
        return tr("Stability");
    case SummaryColumn:
        return tr("Pair");
    }
    return {};
}
