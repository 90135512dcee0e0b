#include "rank/ranklistmodel.h"

#include "rank/rankdocument.h"
#include "text/displayformat.h"

#include <QDataStream>
#include <QFont>
#include <QIODevice>
#include <QMimeData>
#include <QPointF>

using namespace rw;

RankListModel::RankListModel(RankDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &RankDocument::analysisChanged, this, &RankListModel::rebuild);
    connect(document, &RankDocument::scoresChanged, this, &RankListModel::refreshScores);
    rebuild();
}

void RankListModel::rebuild()
{
    beginResetModel();
    m_trackIds.clear();
    if (const ListAnalysis *a = m_document->analysis()) {
        for (const RankEntry &entry : a->entries())
            m_trackIds.append(entry.trackId);
    }
    endResetModel();
}

void RankListModel::refreshScores()
{
    if (m_trackIds.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, ScoreColumn), index(rowCount() - 1, DistanceColumn));
}

int RankListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_trackIds.size());
}

int RankListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int RankListModel::rowOfTrack(qint64 trackId) const
{
    const ListAnalysis *a = m_document->analysis();
    return a ? a->indexOfTrack(trackId) : -1;
}

qint64 RankListModel::trackIdAt(int row) const
{
    return row >= 0 && row < m_trackIds.size() ? m_trackIds.at(row) : 0;
}

namespace {

QString distanceText(int distance)
{
    // Arrows and signs, so the direction never rests on colour alone.
    if (distance > 0)
        return RankListModel::tr("▲ %1").arg(distance);
    if (distance < 0)
        return RankListModel::tr("▼ %1").arg(-distance);
    return QStringLiteral("=");
}

} // namespace

QVariant RankListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (role == TrackIdRole)
        return trackIdAt(index.row());
    const ListAnalysis *a = m_document->analysis();
    if (!a || !index.isValid() || index.row() >= a->entryCount())
        return {};
    const int row = index.row();
    const RankEntry &entry = a->entries().at(row);
    const auto score = a->score(row);
    const auto computed = a->computedPosition(row);
    const auto distance = a->distance(row);

    switch (role) {
    case TrackKeyRole:
        return entry.trackKey;
    case Qt::DisplayRole:
        switch (index.column()) {
        case RankColumn:
            return entry.position;
        case TrackColumn: {
            const QString label = tr("%1 — %2").arg(entry.trackName, entry.programName);
            return entry.withdrawn ? tr("%1 (withdrawn)").arg(label) : label;
        }
        case ScoreColumn:
            // A dash for no score fits the narrow column; the tooltip and
            // screen readers say why. A provisional score is marked "≈".
            if (entry.withdrawn)
                return QString();
            return score && a->isProvisional(row) ? tr("≈ %1").arg(DisplayFormat::score(score))
                                                  : DisplayFormat::score(score);
        case ComputedColumn:
            return computed ? QVariant(*computed) : QVariant(QStringLiteral("–"));
        case DistanceColumn:
            return distance ? distanceText(*distance) : QString();
        case PinnedColumn:
            return {}; // the check mark says it
        case NrmpColumn:
            return entry.nrmpCode;
        case MissingColumn: {
            const qsizetype missing = a->missing(row).size();
            return missing == 0 ? QString() : tr("%n missing", nullptr, int(missing));
        }
        }
        break;
    case Qt::CheckStateRole:
        if (index.column() == PinnedColumn)
            return entry.pinned ? Qt::Checked : Qt::Unchecked;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == RankColumn || index.column() == ScoreColumn
            || index.column() == ComputedColumn || index.column() == DistanceColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::FontRole:
        if (entry.withdrawn || (index.column() == ScoreColumn && !score)) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TrackColumn:
            if (entry.withdrawn)
                return tr("%1 is no longer offered (withdrawn from the catalog or deleted). It "
                          "stays on your list but is not scored.")
                    .arg(entry.label());
            return tr("%1\nKey: %2").arg(entry.label(), entry.trackKey);
        case ScoreColumn:
            return score ? scoreDescription(row)
                         : tr("No criterion with a weight has "
                              "a value for this track yet");
        case DistanceColumn:
            if (!distance)
                return {};
            if (*distance > 0)
                return tr("You rank it %n place(s) higher than its score does", nullptr, *distance);
            if (*distance < 0)
                return tr("You rank it %n place(s) lower than its score does", nullptr, -*distance);
            return tr("Your rank matches its computed position");
        case PinnedColumn:
            return tr("Pinned entries keep their rank when you sort by score (Space toggles)");
        case MissingColumn:
            if (!a->missing(row).isEmpty())
                return tr("No value for: %1. Missing values are left out of the score, not "
                          "counted as 0.")
                    .arg(a->missing(row).join(QStringLiteral(", ")));
            break;
        }
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == DistanceColumn || index.column() == MissingColumn)
            return data(index, Qt::ToolTipRole);
        if (index.column() == ScoreColumn && !score && !entry.withdrawn)
            return tr("no score");
        if (index.column() == ScoreColumn && score)
            return scoreDescription(row);
        if (index.column() == PinnedColumn)
            return entry.pinned ? tr("Pinned") : tr("Not pinned");
        break;
    case ScoreRangeRole:
        if (index.column() == ScoreColumn) {
            if (const auto range = a->scoreRange(row))
                return QPointF(range->low, range->high);
        }
        break;
    case ScoreValueRole:
        if (index.column() == ScoreColumn && score)
            return *score;
        break;
    case ProvisionalRole:
        return a->isProvisional(row);
    case SortValueRole:
        if (index.column() == ScoreColumn)
            return score ? QVariant(*score) : QVariant(-1.0);
        return data(index, Qt::DisplayRole);
    }
    return {};
}

QString RankListModel::scoreDescription(int row) const
{
    const ListAnalysis *a = m_document->analysis();
    const auto score = a->score(row);
    const auto range = a->scoreRange(row);
    if (!score || !range)
        return {};
    const QString coverage = DisplayFormat::percent(a->coverage(row) / 100.0);
    if (range->high - range->low < 0.05) {
        return tr("Score %1 out of 100, on every criterion (coverage %2)")
            .arg(DisplayFormat::score(score), coverage);
    }
    QString text = tr("Score %1 out of 100, on %2 of the weight; between %3 and %4 once the "
                      "missing values are known")
                       .arg(DisplayFormat::score(score), coverage, DisplayFormat::score(range->low),
                            DisplayFormat::score(range->high));
    if (a->isProvisional(row)) {
        text += u'\n'
            + tr("Provisional: less than %1 of the weight is known; rate the missing values to "
                 "settle it")
                  .arg(DisplayFormat::percent(a->coverageThreshold()));
    }
    return text;
}

QVariant RankListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case RankColumn:
            return tr("Rank");
        case TrackColumn:
            return tr("Track and program");
        case ScoreColumn:
            return tr("Score");
        case ComputedColumn:
            return tr("By score");
        case DistanceColumn:
            return tr("±");
        case PinnedColumn:
            return tr("Pin");
        case NrmpColumn:
            return tr("NRMP code");
        case MissingColumn:
            return tr("Missing");
        }
    }
    if (role == Qt::ToolTipRole || role == Qt::AccessibleDescriptionRole) {
        switch (section) {
        case RankColumn:
            return tr("Your rank: the order you will certify");
        case ComputedColumn:
            return tr("Where the weighted score would put it");
        case DistanceColumn:
            return tr("Your rank against the computed one: ▲ you rank it higher than its score "
                      "does, ▼ lower, = the same");
        case PinnedColumn:
            return tr("Pinned entries keep their rank when you sort by score");
        case MissingColumn:
            return tr("Criteria with no value for this track");
        }
    }
    return {};
}

Qt::ItemFlags RankListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    if (index.column() == PinnedColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

bool RankListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != PinnedColumn || role != Qt::CheckStateRole)
        return false;
    const qint64 trackId = trackIdAt(index.row());
    if (trackId == 0)
        return false;
    Q_EMIT pinRequested(trackId, value.value<Qt::CheckState>() == Qt::Checked);
    return true;
}

QStringList RankListModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *RankListModel::mimeData(const QModelIndexList &indexes) const
{
    // One entry is dragged at a time (single selection): its track id.
    for (const QModelIndex &index : indexes) {
        const qint64 trackId = trackIdAt(index.row());
        if (trackId == 0)
            continue;
        QByteArray bytes;
        QDataStream stream(&bytes, QIODevice::WriteOnly);
        stream << trackId;
        auto *data = new QMimeData;
        data->setData(mimeType(), bytes);
        return data;
    }
    return nullptr;
}

std::optional<int> RankListModel::dropPosition(const QMimeData *data, int row,
                                               const QModelIndex &parent, qint64 *trackId) const
{
    if (!data || !data->hasFormat(mimeType()))
        return std::nullopt;
    QDataStream stream(data->data(mimeType()));
    stream >> *trackId;
    const int from = rowOfTrack(*trackId);
    if (stream.status() != QDataStream::Ok || from < 0)
        return std::nullopt;
    int target = 0;
    if (row < 0 && parent.isValid()) {
        // Onto a row: take that row's place.
        target = parent.row();
    } else {
        // Between rows (before `row`), or after the last one (row -1). Below
        // its own place, the rows after it move up by one.
        target = row >= 0 ? row : rowCount();
        if (target > from)
            --target;
    }
    return std::clamp(target, 0, rowCount() - 1) + 1;
}

bool RankListModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                    int column, const QModelIndex &parent) const
{
    Q_UNUSED(column);
    qint64 trackId = 0;
    return action == Qt::MoveAction && dropPosition(data, row, parent, &trackId).has_value();
}

bool RankListModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                 const QModelIndex &parent)
{
    Q_UNUSED(column);
    if (action != Qt::MoveAction)
        return false;
    qint64 trackId = 0;
    const auto position = dropPosition(data, row, parent, &trackId);
    if (!position)
        return false;
    if (*position != rowOfTrack(trackId) + 1)
        Q_EMIT moveRequested(trackId, *position);
    // The move arrives as a command and a reset; the view must not remove
    // rows itself (removeRows() is not implemented, so it cannot).
    return true;
}

Qt::DropActions RankListModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions RankListModel::supportedDragActions() const
{
    return Qt::MoveAction;
}
