#include "rank/ratingsview.h"

#include "rank/ratingsmodel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QStyledItemDelegate>

namespace {

// A chooser of "–" and 1 to 5 for one rating cell.
class RatingDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &) const override
    {
        auto *box = new QComboBox(parent);
        box->addItem(RatingsView::tr("– (not rated)"));
        for (int v = 1; v <= 5; ++v)
            box->addItem(QString::number(v), v);
        box->setAccessibleName(RatingsView::tr("Rating"));
        return box;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *box = static_cast<QComboBox *>(editor);
        const QVariant value = index.data(Qt::EditRole);
        box->setCurrentIndex(value.isValid() ? value.toInt() : 0);
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        auto *box = static_cast<QComboBox *>(editor);
        model->setData(index, box->currentData(), Qt::EditRole);
    }
};

} // namespace

RatingsView::RatingsView(QWidget *parent)
    : QTableView(parent)
{
    setItemDelegate(new RatingDelegate(this));
    setSelectionMode(QAbstractItemView::SingleSelection);
    // Tab moves on to the next control; the arrows move between cells.
    setTabKeyNavigation(false);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideMiddle);
    verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    verticalHeader()->setMaximumWidth(340);
    horizontalHeader()->setMinimumSectionSize(56);
    setAccessibleName(tr("Ratings"));
    setAccessibleDescription(tr("Tracks by criteria. On a rating cell type 1 to 5; Delete "
                                "clears. Facts and features come from the catalog."));
}

void RatingsView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    // Each criterion column as wide as its name, within reason.
    connect(model, &QAbstractItemModel::modelReset, this, &RatingsView::fitColumns);
    fitColumns();
}

void RatingsView::fitColumns()
{
    if (!model())
        return;
    const QFontMetrics metrics = horizontalHeader()->fontMetrics();
    for (int column = 0; column < model()->columnCount(); ++column) {
        const QString name = model()->headerData(column, Qt::Horizontal).toString();
        setColumnWidth(column, std::clamp(metrics.horizontalAdvance(name) + 20, 64, 180));
    }
}

bool RatingsView::event(QEvent *event)
{
    // Digits and Delete belong to the grid while it has focus, whatever
    // shortcuts the window defines.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        const auto modifiers = key->modifiers() & ~Qt::KeypadModifier;
        const int code = key->key();
        if (modifiers == Qt::NoModifier
            && ((code >= Qt::Key_0 && code <= Qt::Key_5) || code == Qt::Key_Delete
                || code == Qt::Key_Backspace)) {
            event->accept();
            return true;
        }
    }
    return QTableView::event(event);
}

void RatingsView::keyPressEvent(QKeyEvent *event)
{
    auto *ratings = qobject_cast<RatingsModel *>(model());
    const QModelIndex current = currentIndex();
    const auto modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (!ratings || !ratings->isRatingCell(current) || modifiers != Qt::NoModifier
        || state() == QAbstractItemView::EditingState) {
        QTableView::keyPressEvent(event);
        return;
    }
    const int key = event->key();
    if (key >= Qt::Key_1 && key <= Qt::Key_5) {
        const int row = current.row();
        const int column = current.column();
        ratings->setData(current, key - Qt::Key_0, Qt::EditRole);
        const int next = std::min(row + 1, model()->rowCount() - 1);
        setCurrentIndex(model()->index(next, column));
        event->accept();
        return;
    }
    if (key == Qt::Key_Delete || key == Qt::Key_Backspace || key == Qt::Key_0) {
        const int row = current.row();
        const int column = current.column();
        ratings->setData(current, QVariant(), Qt::EditRole);
        setCurrentIndex(model()->index(row, column));
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}
