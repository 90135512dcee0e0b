#include "views/sharedpartsview.h"

#include "util/inerttext.h"

#include <QLocale>

using namespace rw;

SharedPartsView::SharedPartsView(const NotesFile &file, QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(2);
    setHeaderLabels({tr("Shared"), tr("Value")});
    setAccessibleName(tr("Ratings, ranks, weights and lists in the file"));
    setRootIsDecorated(true);
    setUniformRowHeights(true);

    if (!file.criteria.isEmpty()) {
        auto *top =
            new QTreeWidgetItem(this, {tr("Criteria and weights (%1)").arg(file.criteria.size())});
        for (const SharedCriterion &criterion : std::as_const(file.criteria)) {
            new QTreeWidgetItem(top,
                                {InertText::visibleLine(criterion.name),
                                 tr("weight %1 · %2")
                                     .arg(QLocale().toString(criterion.weight, 'g', 4),
                                          criterion.higherIsBetter ? tr("higher is better")
                                                                   : tr("lower is better"))});
        }
    }
    if (!file.ratings.isEmpty()) {
        auto *top = new QTreeWidgetItem(this, {tr("Ratings (%1)").arg(file.ratings.size())});
        for (const SharedRating &rating : std::as_const(file.ratings)) {
            new QTreeWidgetItem(top,
                                {InertText::visibleLine(rating.track.label()),
                                 tr("%1: %2 of 5")
                                     .arg(InertText::visibleLine(rating.criterion))
                                     .arg(rating.value)});
        }
    }
    for (const SharedList &list : std::as_const(file.lists)) {
        const QString kind =
            list.kind == u"supplemental" ? tr("supplemental list") : tr("primary list");
        const QString name = list.name.isEmpty()
            ? tr("A list (name not shared)")
            : tr("List “%1”").arg(InertText::visibleLine(list.name));
        auto *top = new QTreeWidgetItem(
            this, {name, tr("%1 · %n entries", nullptr, int(list.entries.size())).arg(kind)});
        for (const SharedListEntry &entry : list.entries) {
            new QTreeWidgetItem(top,
                                {InertText::visibleLine(entry.track.label()),
                                 entry.position
                                     ? tr("rank %1%2")
                                           .arg(*entry.position)
                                           .arg(entry.pinned ? tr(" (pinned)") : QString())
                                     : tr("on the list (rank not shared)")});
        }
    }
    expandAll();
    resizeColumnToContents(0);
}
