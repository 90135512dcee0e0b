#include "rank/decisionaidspanel.h"

#include "rank/gutcheckmodel.h"
#include "rank/rankdocument.h"
#include "rank/stabilitymodel.h"
#include "text/displayformat.h"

#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

using namespace rw;

namespace {

// One wrapped item per row of the model's summary column: names are long,
// and a table would squeeze the verdict out of sight.
QListView *makeList(QAbstractItemModel *model, int summaryColumn, const QString &name,
                    QWidget *parent)
{
    auto *view = new QListView(parent);
    view->setModel(model);
    view->setModelColumn(summaryColumn);
    view->setAlternatingRowColors(true);
    view->setWordWrap(true);
    view->setTextElideMode(Qt::ElideNone);
    view->setResizeMode(QListView::Adjust); // re-wrap when the panel is resized
    view->setSpacing(3);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAccessibleName(name);
    return view;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

DecisionAidsPanel::DecisionAidsPanel(RankDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_gutCheck(new GutCheckModel(document, this))
    , m_stability(new StabilityModel(document, this))
    , m_gutSummary(new QLabel(this))
    , m_stabilitySummary(new QLabel(this))
    , m_leftOut(new QLabel(this))
{
    m_leftOut->setWordWrap(true);
    m_leftOut->setTextFormat(Qt::PlainText);
    m_leftOut->setAccessibleName(tr("Left out of the decision aids"));
    m_gutSummary->setWordWrap(true);
    m_gutSummary->setTextFormat(Qt::PlainText);
    m_stabilitySummary->setWordWrap(true);
    m_stabilitySummary->setTextFormat(Qt::PlainText);
    m_stabilitySummary->setText(
        tr("For each pair of neighbours in the computed order: the smallest change of one "
           "weight that would swap them."));
    m_gutView = makeList(m_gutCheck, GutCheckModel::SummaryColumn,
                         tr("Where your order and the scores disagree"), this);
    m_stabilityView =
        makeList(m_stability, StabilityModel::SummaryColumn, tr("Rank stability"), this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_leftOut);
    layout->addWidget(heading(tr("Gut check"), this));
    layout->addWidget(m_gutSummary);
    layout->addWidget(m_gutView, 2);
    layout->addSpacing(8);
    layout->addWidget(heading(tr("Rank stability"), this));
    layout->addWidget(m_stabilitySummary);
    layout->addWidget(m_stabilityView, 3);

    connect(m_gutCheck, &GutCheckModel::agreementChanged, this, &DecisionAidsPanel::updateSummary);
    updateSummary();
}

QString DecisionAidsPanel::leftOutText() const
{
    const ListAnalysis *a = m_document->analysis();
    if (!a)
        return {};
    const auto leftOut = a->leftOut();
    int counted = 0;
    for (int e = 0; e < a->entryCount(); ++e)
        counted += a->countsForAids(e) ? 1 : 0;
    QStringList names;
    for (const ListAnalysis::LeftOut &left : leftOut) {
        const RankEntry &entry = a->entries().at(left.entry);
        switch (left.reason) {
        case ListAnalysis::LeftOutReason::Withdrawn:
            names.append(tr("%1 (withdrawn)").arg(entry.label()));
            break;
        case ListAnalysis::LeftOutReason::NoScore:
            names.append(tr("%1 (nothing known yet)").arg(entry.label()));
            break;
        case ListAnalysis::LeftOutReason::LowCoverage:
            names.append(
                tr("%1 (coverage %2)")
                    .arg(entry.label(), DisplayFormat::percent(a->coverage(left.entry) / 100)));
            break;
        }
    }
    QString text;
    if (!leftOut.empty()) {
        text = tr("Left out of both aids: %n entry(ies) whose score rests on less than %1 of "
                  "the weight: %2.",
                  nullptr, int(leftOut.size()))
                   .arg(DisplayFormat::percent(a->coverageThreshold()),
                        names.join(QStringLiteral("; ")));
    }
    if (counted < 2) {
        QStringList first;
        for (const ListAnalysis::MissingValue &value : a->rateFirst()) {
            first.append(tr("%1 for %2")
                             .arg(a->criteria().at(value.criterion).name,
                                  a->entries().at(value.entry).label()));
        }
        if (!first.isEmpty()) {
            text += (text.isEmpty() ? QString() : QStringLiteral("\n"))
                + tr("Too few settled scores for a verdict. Rate these first: %1.")
                      .arg(first.join(QStringLiteral("; ")));
        }
    }
    return text;
}

void DecisionAidsPanel::updateSummary()
{
    const QString leftOut = leftOutText();
    m_leftOut->setText(leftOut);
    m_leftOut->setVisible(!leftOut.isEmpty());
    const Agreement &agreement = m_gutCheck->agreement();
    if (!agreement.tau) {
        m_gutSummary->setText(tr("The gut check compares your order with the scores once at "
                                 "least two entries have different scores."));
        m_gutView->setVisible(false);
        return;
    }
    const double tau = *agreement.tau;
    QString words;
    if (tau >= 0.8)
        words = tr("Your order follows your stated priorities closely.");
    else if (tau >= 0.4)
        words = tr("Your order mostly follows your stated priorities.");
    else if (tau > -0.4)
        words = tr("Your order and your stated priorities often part ways.");
    else
        words = tr("Your order runs against your stated priorities.");
    m_gutSummary->setText(
        tr("Kendall's tau %1: %2 of %3 pairs agree, %4 disagree. %5")
            .arg(DisplayFormat::number(tau, 2))
            .arg(agreement.concordant)
            .arg(agreement.pairs)
            .arg(agreement.discordant)
            .arg(words)
        + (agreement.disagreements.empty() ? QString()
                                           : u' '
                   + tr("The pairs below are where your gut disagrees; either could be right.")));
    m_gutView->setVisible(!agreement.disagreements.empty());
}
