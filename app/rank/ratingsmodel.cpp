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
    const ListAnalysis *a = m_document->analysis();
    if (!a || !index.isValid() || index.row() >= a->entryCount()
        || index.column() >= a->criterionCount())
        return false;
    return a->criteria().at(index.column()).kind == CriterionKind::Rating;
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
    switch (role) {
    case CriterionIdRole:
        return criterion.id;
    case EditableRole:
        return rating;
    case Qt::DisplayRole:
        if (!raw)
            return DisplayFormat::missingMark();
        return rating ? QString::number(int(*raw)) : DisplayFormat::criterionValue(criterion, raw);
    case Qt::EditRole:
        return raw && rating ? QVariant(int(*raw)) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignCenter);
    case Qt::FontRole:
        if (!rating) { // from the facts: set apart from what the user typed
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        QString text;
        if (!raw)
            text = rating ? tr("%1: not rated yet. Type 1 to 5; a missing rating is left out "
                               "of the score.")
                                .arg(criterion.name)
                          : tr("%1: missing from the program facts, left out of the score.")
                                .arg(criterion.name);
        else if (rating)
            text = tr("%1: rated %2 of 5. Type 1 to 5 to change, Delete to clear.")
                       .arg(criterion.name)
                       .arg(int(*raw));
        else
            text = tr("%1: %2, from the program facts.")
                       .arg(criterion.name, DisplayFormat::criterionValue(criterion, raw));
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
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (isRatingCell(index))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool RatingsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !isRatingCell(index))
        return false;
    std::optional<int> rating;
    if (value.isValid() && !value.isNull()) {
        bool ok = false;
        const int v = value.toInt(&ok);
        if (!ok)
            return false;
        rating = v;
    }
    const ListAnalysis *a = m_document->analysis();
    Q_EMIT ratingRequested(a->entries().at(index.row()).trackId,
                           a->criteria().at(index.column()).id, rating);
    return true;
}
