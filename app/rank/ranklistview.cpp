#include "rank/ranklistview.h"

#include "rank/ranklistmodel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QPainter>
#include <QStyledItemDelegate>

namespace {

// The score as text with a thin bar under it: the range the score could
// end in once the missing values are known (0 to 100 across the cell), and
// a tick at the score. Colours come from the palette, so light and dark
// themes both show it; the tooltip and the accessible text say it in words.
class ScoreRangeDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        const QVariant range = index.data(RankListModel::ScoreRangeRole);
        const QVariant score = index.data(RankListModel::ScoreValueRole);
        if (!range.isValid() || !score.isValid())
            return;
        const QPointF lowHigh = range.toPointF();
        const QRectF bar = QRectF(option.rect).adjusted(4, option.rect.height() - 5, -4, -2);
        if (bar.width() < 8)
            return;
        const bool selected = option.state & QStyle::State_Selected;
        const QPalette &palette = option.palette;
        auto x = [&](double value) {
            return bar.left() + bar.width() * value / 100.0;
        };
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, false);
        // The whole scale, faint; the range, strong; the score, a tick.
        painter->fillRect(QRectF(bar.left(), bar.center().y(), bar.width(), 1),
                          palette.color(selected ? QPalette::HighlightedText : QPalette::Mid));
        const QColor strong = selected ? palette.color(QPalette::HighlightedText)
                                       : palette.color(QPalette::Highlight);
        const double left = x(lowHigh.x());
        painter->fillRect(
            QRectF(left, bar.top(), std::max(x(lowHigh.y()) - left, 2.0), bar.height()), strong);
        painter->fillRect(QRectF(x(score.toDouble()) - 1, bar.top() - 1, 2, bar.height() + 2),
                          palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->restore();
    }
};

} // namespace

RankListView::RankListView(QWidget *parent)
    : QTableView(parent)
{
    setItemDelegateForColumn(RankListModel::ScoreColumn, new ScoreRangeDelegate(this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    // Tab moves on to the next control; the arrows move within the list.
    setTabKeyNavigation(false);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    // DragDrop rather than InternalMove: the model accepts only its own entries
    // anyway, and moves are requests, never rows the view removes itself.
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setDragDropOverwriteMode(false);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    verticalHeader()->hide();
    horizontalHeader()->setHighlightSections(false);
    setAccessibleName(tr("Rank list"));
    setAccessibleDescription(tr("Your order. Ctrl+Up and Ctrl+Down move the selected entry, "
                                "Space pins it, Delete removes it; entries can also be dragged."));
}

qint64 RankListView::currentTrackId() const
{
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return 0;
    return current.siblingAtColumn(0).data(RankListModel::TrackIdRole).toLongLong();
}

void RankListView::selectTrack(qint64 trackId)
{
    auto *list = qobject_cast<RankListModel *>(model());
    if (!list)
        return;
    const int row = list->rowOfTrack(trackId);
    if (row < 0)
        return;
    const int column =
        currentIndex().isValid() ? currentIndex().column() : int(RankListModel::TrackColumn);
    const QModelIndex index = list->index(row, column);
    setCurrentIndex(index);
    scrollTo(index);
}

bool RankListView::handlesKey(const QKeyEvent *event) const
{
    const auto modifiers = event->modifiers() & ~Qt::KeypadModifier;
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
        return modifiers == Qt::ControlModifier;
    case Qt::Key_Space:
    case Qt::Key_Delete:
        return modifiers == Qt::NoModifier;
    default:
        return false;
    }
}

bool RankListView::event(QEvent *event)
{
    // Claim our keys before any window shortcut that uses the same ones.
    if (event->type() == QEvent::ShortcutOverride && handlesKey(static_cast<QKeyEvent *>(event))) {
        event->accept();
        return true;
    }
    return QTableView::event(event);
}

void RankListView::keyPressEvent(QKeyEvent *event)
{
    const qint64 trackId = currentTrackId();
    if (trackId == 0 || !handlesKey(event)) {
        QTableView::keyPressEvent(event);
        return;
    }
    const int row = currentIndex().row();
    switch (event->key()) {
    case Qt::Key_Up:
        if (row > 0)
            Q_EMIT moveRequested(trackId, row); // rank `row` is the place just above
        break;
    case Qt::Key_Down:
        if (row + 1 < model()->rowCount())
            Q_EMIT moveRequested(trackId, row + 2);
        break;
    case Qt::Key_Space:
        Q_EMIT pinToggleRequested(trackId);
        break;
    case Qt::Key_Delete:
        Q_EMIT removeRequested(trackId);
        break;
    }
    event->accept();
}
