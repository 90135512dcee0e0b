#include "rank/breakdownpanel.h"

#include "rank/breakdownmodel.h"
#include "rank/rankdocument.h"
#include "text/displayformat.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

using namespace rw;

BreakdownPanel::BreakdownPanel(RankDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new BreakdownModel(document, this))
    , m_summary(new QLabel(this))
    , m_view(new QTableView(this))
{
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->setTabKeyNavigation(false);
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setSectionResizeMode(BreakdownModel::CriterionColumn,
                                                     QHeaderView::Stretch);
    m_view->setAccessibleName(tr("Score breakdown"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);

    connect(document, &RankDocument::analysisChanged, this, &BreakdownPanel::updateSummary);
    connect(document, &RankDocument::scoresChanged, this, &BreakdownPanel::updateSummary);
    updateSummary();
}

void BreakdownPanel::setTrack(qint64 trackId)
{
    m_model->setTrack(trackId);
    updateSummary();
}

void BreakdownPanel::updateSummary()
{
    const ListAnalysis *a = m_document->analysis();
    const int e = m_model->entry();
    if (!a || e < 0) {
        m_summary->setText(tr("Select an entry of the list to see how its score is made."));
        return;
    }
    const RankEntry &entry = a->entries().at(e);
    if (entry.withdrawn) {
        m_summary->setText(
            tr("%1 is withdrawn (no longer offered) and is not scored.").arg(entry.label()));
        return;
    }
    const auto score = a->score(e);
    if (!score) {
        m_summary->setText(tr("%1 has no score yet: no criterion with a weight has a value for "
                              "it. Rate it in the Ratings tab.")
                               .arg(entry.label()));
        return;
    }
    const int missing = int(a->missing(e).size());
    QString text = tr("%1: %2 of 100, rank %3 by score (yours: %4).")
                       .arg(entry.label(), DisplayFormat::score(score))
                       .arg(*a->computedPosition(e))
                       .arg(entry.position);
    if (missing > 0)
        text += u' ' + tr("%n criterion(s) missing, left out.", nullptr, missing);
    m_summary->setText(text);
}
