#include "rank/breakdownmodel.h"

#include "rank/rankdocument.h"
#include "text/displayformat.h"

#include <QFont>
#include <QLocale>

using namespace rw;

BreakdownModel::BreakdownModel(RankDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &RankDocument::analysisChanged, this, &BreakdownModel::rebuild);
    connect(document, &RankDocument::scoresChanged, this, &BreakdownModel::refresh);
}

void BreakdownModel::setTrack(qint64 trackId)
{
    m_trackId = trackId;
    rebuild();
}

int BreakdownModel::entry() const
{
    const ListAnalysis *a = m_document->analysis();
    return a && m_trackId ? a->indexOfTrack(m_trackId) : -1;
}

void BreakdownModel::rebuild()
{
    beginResetModel();
    const ListAnalysis *a = m_document->analysis();
    m_rows = entry() >= 0 ? a->criterionCount() : 0;
    endResetModel();
}

void BreakdownModel::refresh()
{
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
}

int BreakdownModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int BreakdownModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BreakdownModel::data(const QModelIndex &index, int role) const
{
    const ListAnalysis *a = m_document->analysis();
    const int e = entry();
    if (!a || e < 0 || !index.isValid() || index.row() >= a->criterionCount())
        return {};
    const int k = index.row();
    const Criterion &criterion = a->criteria().at(k);
    const auto normalized = a->normalizedValue(e, k);
    const double denominator = a->table().denominator(e);
    const bool counts = normalized.has_value() && criterion.weight > 0 && denominator > 0;
    const QLocale locale;

    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case CriterionColumn:
            return criterion.name;
        case ValueColumn:
            return DisplayFormat::criterionValue(criterion, a->rawValue(e, k));
        case ScaledColumn:
            return normalized ? locale.toString(*normalized, 'f', 2) : DisplayFormat::missingMark();
        case ShareColumn:
            return counts ? DisplayFormat::percent(criterion.weight / denominator)
                          : DisplayFormat::missingMark();
        case PointsColumn:
            if (!normalized)
                return tr("left out");
            return DisplayFormat::score(a->contribution(e, k));
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != CriterionColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && !normalized) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    if (role == Qt::ToolTipRole) {
        if (!normalized)
            return tr("No value for %1: left out of this track's score, so the other criteria "
                      "share its weight.")
                .arg(criterion.name);
        if (index.column() == ScaledColumn)
            return tr("The value on a 0 to 1 scale (ratings (r − 1) / 4; facts against the "
                      "other tracks on the list; flipped when lower is better)");
        if (index.column() == ShareColumn)
            return tr("Share of the weights of the criteria this track has values for");
        if (index.column() == ValueColumn || index.column() == CriterionColumn)
            return sourceText(*a, e, k);
    }
    if (role == Qt::AccessibleTextRole && index.column() == ValueColumn && normalized)
        return tr("%1, %2").arg(DisplayFormat::criterionValue(criterion, a->rawValue(e, k)),
                                sourceText(*a, e, k));
    return {};
}

QString BreakdownModel::sourceText(const ListAnalysis &a, int entry, int criterion)
{
    const auto origin = a.origin(entry, criterion);
    switch (origin.source) {
    case ListAnalysis::Source::You:
        return tr("Your value");
    case ListAnalysis::Source::Catalog:
        return tr("From the catalog (%1)").arg(origin.catalogSource);
    case ListAnalysis::Source::None:
        break;
    }
    return {};
}

QVariant BreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CriterionColumn:
        return tr("Criterion");
    case ValueColumn:
        return tr("Value");
    case ScaledColumn:
        return tr("Scaled 0–1");
    case ShareColumn:
        return tr("Weight share");
    case PointsColumn:
        return tr("Points");
    }
    return {};
}
