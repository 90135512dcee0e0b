#include "rank/ratingsview.h"

#include "model/criterion.h"
#include "rank/ratingsmodel.h"

#include <QComboBox>
#include <QDoubleValidator>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QStyledItemDelegate>

namespace {

// The editor of one cell, by the criterion's kind: a chooser of "–" and 1 to
// 5 for a rating, of "–" (the catalog's), Yes and No for a feature, a number
// for an attribute (empty: back to the catalog's).
class RatingDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static rw::CriterionKind kind(const QModelIndex &index)
    {
        return rw::CriterionKind(index.data(RatingsModel::KindRole).toInt());
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &index) const override
    {
        if (kind(index) == rw::CriterionKind::Attribute) {
            auto *edit = new QLineEdit(parent);
            auto *validator = new QDoubleValidator(0, 1e9, 4, edit);
            validator->setNotation(QDoubleValidator::StandardNotation);
            edit->setValidator(validator);
            const QString suggestion = index.data(RatingsModel::SuggestionRole).toString();
            edit->setPlaceholderText(suggestion.isEmpty()
                                         ? RatingsView::tr("unknown")
                                         : RatingsView::tr("catalog: %1").arg(suggestion));
            edit->setAccessibleName(RatingsView::tr("Your value"));
            return edit;
        }
        auto *box = new QComboBox(parent);
        if (kind(index) == rw::CriterionKind::Feature) {
            const QString suggestion = index.data(RatingsModel::SuggestionRole).toString();
            box->addItem(suggestion.isEmpty()
                             ? RatingsView::tr("– (unknown)")
                             : RatingsView::tr("– (the catalog's: %1)").arg(suggestion));
            box->addItem(RatingsView::tr("Yes"), true);
            box->addItem(RatingsView::tr("No"), false);
            box->setAccessibleName(RatingsView::tr("Your value"));
            return box;
        }
        box->addItem(RatingsView::tr("– (not rated)"));
        for (int v = 1; v <= 5; ++v)
            box->addItem(QString::number(v), v);
        box->setAccessibleName(RatingsView::tr("Rating"));
        return box;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        const QVariant value = index.data(Qt::EditRole);
        if (kind(index) == rw::CriterionKind::Attribute) {
            static_cast<QLineEdit *>(editor)->setText(
                value.isValid() ? QLocale().toString(value.toDouble(), 'g', 6) : QString());
            return;
        }
        auto *box = static_cast<QComboBox *>(editor);
        if (kind(index) == rw::CriterionKind::Feature)
            box->setCurrentIndex(value.isValid() ? (value.toBool() ? 1 : 2) : 0);
        else
            box->setCurrentIndex(value.isValid() ? value.toInt() : 0);
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        if (kind(index) == rw::CriterionKind::Attribute) {
            const QString text = static_cast<QLineEdit *>(editor)->text().trimmed();
            bool ok = false;
            const double value = QLocale().toDouble(text, &ok);
            if (text.isEmpty())
                model->setData(index, QVariant(), Qt::EditRole);
            else if (ok)
                model->setData(index, value, Qt::EditRole);
            return;
        }
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
    setAccessibleDescription(tr("Tracks by criteria. On a rating cell type 1 to 5; on a "
                                "feature Y or N; F2 edits any cell; Delete clears your value. "
                                "Facts in italics come from the catalog."));
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
                || code == Qt::Key_Backspace || code == Qt::Key_Y || code == Qt::Key_N)) {
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
    if (!ratings || !current.isValid() || modifiers != Qt::NoModifier
        || state() == QAbstractItemView::EditingState) {
        QTableView::keyPressEvent(event);
        return;
    }
    const int key = event->key();
    const int row = current.row();
    const int column = current.column();
    auto setAndMoveDown = [&](const QVariant &value) {
        ratings->setData(current, value, Qt::EditRole);
        setCurrentIndex(model()->index(std::min(row + 1, model()->rowCount() - 1), column));
        event->accept();
    };
    if (ratings->isRatingCell(current) && key >= Qt::Key_1 && key <= Qt::Key_5) {
        setAndMoveDown(key - Qt::Key_0);
        return;
    }
    if (ratings->isFeatureCell(current) && (key == Qt::Key_Y || key == Qt::Key_N)) {
        setAndMoveDown(key == Qt::Key_Y);
        return;
    }
    if (key == Qt::Key_Delete || key == Qt::Key_Backspace
        || (key == Qt::Key_0 && ratings->isRatingCell(current))) {
        ratings->setData(current, QVariant(), Qt::EditRole);
        setCurrentIndex(model()->index(row, column));
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}
