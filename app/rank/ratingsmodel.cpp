#include "rank/ratingsmodel.h"

#include "rank/rankdocument.h"
#include "text/displayformat.h"

#include <QFont>

using namespace rw;

RatingsModel::RatingsModel(RankDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &RankDocument::analysisChanged, this, &RatingsModel::rebuild);
    // A weight moved: the headers' shares of the weight follow.
    connect(document, &RankDocument::scoresChanged, this, [this] {
        if (columnCount() > 0)
            Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    });
    rebuild();
}

void RatingsModel::rebuild()
{
    const ListAnalysis *a = m_document->analysis();
    QList<qint64> tracks;
    QList<qint64> criteria;
    if (a) {
        for (const RankEntry &entry : a->entries())
            tracks.append(entry.trackId);
        for (const Criterion &criterion : a->criteria())
            criteria.append(criterion.id);
    }
    // Same rows and columns (a rating typed, a weight moved): update in place
    // so the current cell, the selection and an open editor all survive.
    if (tracks == m_trackIds && criteria == m_criterionIds) {
        if (!tracks.isEmpty() && !criteria.isEmpty()) {
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
            Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
            Q_EMIT headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
        }
        return;
    }
    beginResetModel();
    m_trackIds = tracks;
    m_criterionIds = criteria;
    endResetModel();
}

int RatingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_trackIds.size());
}

int RatingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_criterionIds.size());
}

bool RatingsModel::isRatingCell(const QModelIndex &index) const
{
    return index.data(KindRole) == QVariant(int(CriterionKind::Rating));
}

bool RatingsModel::isFeatureCell(const QModelIndex &index) const
{
    return index.data(KindRole) == QVariant(int(CriterionKind::Feature));
}

QString RatingsModel::describe(int row, int k) const
{
    const ListAnalysis *a = m_document->analysis();
    const Criterion &criterion = a->criteria().at(k);
    const auto raw = a->rawValue(row, k);
    const auto origin = a->origin(row, k);
    const QString value = DisplayFormat::criterionValue(criterion, raw);
    switch (criterion.kind) {
    case CriterionKind::Rating:
        if (!raw)
            return tr("%1: not rated yet. Type 1 to 5; a missing rating is left out of the "
                      "score.")
                .arg(criterion.name);
        return tr("%1: rated %2 of 5 by you. Type 1 to 5 to change, Delete to clear.")
            .arg(criterion.name)
            .arg(int(*raw));
    case CriterionKind::Feature:
    case CriterionKind::Attribute:
        break;
    }
    const QString howToSet = criterion.kind == CriterionKind::Feature
        ? tr("Type Y or N to give your own value.")
        : tr("Press F2 to give your own value.");
    if (origin.source == ListAnalysis::Source::You) {
        const QString suggestion = origin.catalogValue
            ? tr("the catalog says %1 (%2)")
                  .arg(DisplayFormat::criterionValue(criterion, origin.catalogValue),
                       origin.catalogSource)
            : tr("the catalog has no value");
        return tr("%1: %2, your value; %3. Delete goes back to the catalog's.")
            .arg(criterion.name, value, suggestion);
    }
    if (!raw) {
        return tr("%1: unknown (the catalog records none), left out of the score. %2")
            .arg(criterion.name, howToSet);
    }
    return tr("%1: %2, from the catalog (%3). %4")
        .arg(criterion.name, value, origin.catalogSource, howToSet);
}

QVariant RatingsModel::data(const QModelIndex &index, int role) const
{
    const ListAnalysis *a = m_document->analysis();
    if (!a || !index.isValid() || index.row() >= a->entryCount()
        || index.column() >= a->criterionCount())
        return {};
    const int row = index.row();
    const RankEntry &entry = a->entries().at(row);
    if (role == TrackIdRole)
        return entry.trackId;
    const int k = index.column();
    const Criterion &criterion = a->criteria().at(k);
    const auto raw = a->rawValue(row, k);
    const bool rating = criterion.kind == CriterionKind::Rating;
    const auto origin = a->origin(row, k);
    const bool mine = origin.source == ListAnalysis::Source::You;
    switch (role) {
    case CriterionIdRole:
        return criterion.id;
    case EditableRole:
        return true;
    case KindRole:
        return int(criterion.kind);
    case SourceRole:
        return ListAnalysis::sourceId(origin.source);
    case SuggestionRole:
        return origin.catalogValue ? DisplayFormat::criterionValue(criterion, origin.catalogValue)
                                   : QVariant();
    case Qt::DisplayRole:
        if (!raw)
            return DisplayFormat::missingMark();
        return rating ? QString::number(int(*raw)) : DisplayFormat::criterionValue(criterion, raw);
    case Qt::EditRole:
        if (!raw || !mine)
            return {};
        if (rating)
            return int(*raw);
        if (criterion.kind == CriterionKind::Feature)
            return *raw > 0;
        return *raw;
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignCenter);
    case Qt::FontRole:
        if (!mine) { // from the catalog: set apart from what the user gave
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        QString text = describe(row, k);
        if (entry.withdrawn)
            text += u' ' + tr("This track is withdrawn and not scored.");
        return text;
    }
    }
    return {};
}

QVariant RatingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const ListAnalysis *a = m_document->analysis();
    if (!a)
        return {};
    if (orientation == Qt::Vertical) {
        // Tracks label the rows, so they stay in view while the grid scrolls sideways.
        if (section >= a->entryCount())
            return {};
        const RankEntry &entry = a->entries().at(section);
        switch (role) {
        case Qt::DisplayRole: {
            // Headers do not elide in Qt 6.4: keep labels short, whole in the tooltip.
            constexpr qsizetype kBudget = 38;
            QString label =
                tr("%1. %2 — %3").arg(entry.position).arg(entry.trackName, entry.programName);
            if (label.size() > kBudget)
                label = label.left(kBudget - 1).trimmed() + QStringLiteral("…");
            return entry.withdrawn ? tr("%1 (withdrawn)").arg(label) : label;
        }
        case Qt::ToolTipRole:
            return entry.withdrawn ? tr("%1 (withdrawn: not scored)").arg(entry.label())
                                   : entry.label();
        case Qt::TextAlignmentRole:
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        }
        return {};
    }
    if (section >= a->criterionCount())
        return {};
    const Criterion &criterion = a->criteria().at(section);
    switch (role) {
    case Qt::DisplayRole:
        return criterion.name;
    case Qt::ToolTipRole:
        return tr("%1 — %2, %3, %4 of the weight")
            .arg(criterion.name, criterion.kindDisplay(),
                 criterion.direction == Direction::LowerIsBetter ? tr("lower is better")
                                                                 : tr("higher is better"),
                 DisplayFormat::percent(a->weightShare(section)));
    }
    return {};
}

Qt::ItemFlags RatingsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

bool RatingsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const ListAnalysis *a = m_document->analysis();
    if (role != Qt::EditRole || !a || !index.isValid() || index.row() >= a->entryCount()
        || index.column() >= a->criterionCount())
        return false;
    const qint64 trackId = a->entries().at(index.row()).trackId;
    const Criterion &criterion = a->criteria().at(index.column());
    const bool clear = !value.isValid() || value.isNull();
    bool ok = clear;
    switch (criterion.kind) {
    case CriterionKind::Rating: {
        const int v = clear ? 0 : value.toInt(&ok);
        if (!ok)
            return false;
        Q_EMIT ratingRequested(trackId, criterion.id, clear ? std::nullopt : std::optional(v));
        return true;
    }
    case CriterionKind::Feature:
        if (!clear && value.typeId() != QMetaType::Bool)
            return false;
        Q_EMIT valueRequested(trackId, criterion.id,
                              clear ? std::nullopt : std::optional(value.toBool() ? 1.0 : 0.0));
        return true;
    case CriterionKind::Attribute: {
        const double v = clear ? 0 : value.toDouble(&ok);
        if (!ok)
            return false;
        Q_EMIT valueRequested(trackId, criterion.id, clear ? std::nullopt : std::optional(v));
        return true;
    }
    }
    return false;
}
