#include "rank/criteriaeditor.h"

#include "rank/addcriteriondialog.h"
#include "rank/rankcontroller.h"
#include "rank/rankdocument.h"
#include "text/displayformat.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

using namespace rw;

CriteriaEditor::CriteriaEditor(RankController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_rowsWidget(new QWidget(this))
    , m_grid(new QGridLayout(m_rowsWidget))
    , m_empty(new QLabel(this))
    , m_total(new QLabel(this))
    , m_add(new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add criterion…"),
                            this))
    , m_suggest(new QPushButton(tr("Add the &suggested criteria"), this))
{
    auto *intro = new QLabel(
        tr("Weights count as shares of their total. A track missing a value is scored on the "
           "criteria it has, never as if it were 0."),
        this);
    intro->setWordWrap(true);

    QStringList names;
    for (const Criterion &c : suggestedCriteria())
        names.append(c.name);
    m_empty->setText(tr("No criteria yet. Start with a suggested set you can change: %1.")
                         .arg(names.join(QStringLiteral(", "))));
    m_empty->setWordWrap(true);

    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(8);
    m_grid->setVerticalSpacing(2);
    m_grid->setColumnStretch(0, 3);
    m_grid->setColumnStretch(1, 4);
    auto *scroll = m_scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setAccessibleName(tr("Criteria and weights"));
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *holder = new QWidget(scroll);
    auto *holderLayout = new QVBoxLayout(holder);
    holderLayout->setContentsMargins(0, 0, 0, 0);
    holderLayout->addWidget(m_rowsWidget);
    holderLayout->addStretch(1);
    scroll->setWidget(holder);

    m_total->setAccessibleName(tr("Total weight"));
    m_add->setToolTip(tr("A rating you give, a program fact, or a curriculum feature"));
    m_suggest->setToolTip(tr("Location, program culture, ambulatory training and more, with "
                             "weights adding up to 100"));
    connect(m_add, &QPushButton::clicked, this, &CriteriaEditor::openAddDialog);
    connect(m_suggest, &QPushButton::clicked, this,
            [this] { static_cast<void>(m_controller->addSuggestedCriteria()); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_suggest);
    buttons->addStretch(1);
    buttons->addWidget(m_total);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_empty);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    RankDocument *document = controller->document();
    connect(document, &RankDocument::criteriaChanged, this, &CriteriaEditor::syncWithDocument);
    connect(document, &RankDocument::scoresChanged, this, &CriteriaEditor::updateShares);
    rebuild();
}

const CriteriaEditor::Row *CriteriaEditor::row(qint64 criterionId) const
{
    for (const Row &r : m_rows) {
        if (r.id == criterionId)
            return &r;
    }
    return nullptr;
}

QSlider *CriteriaEditor::weightSlider(qint64 id) const
{
    const Row *r = row(id);
    return r ? r->slider : nullptr;
}

QDoubleSpinBox *CriteriaEditor::weightBox(qint64 id) const
{
    const Row *r = row(id);
    return r ? r->weight : nullptr;
}

QLineEdit *CriteriaEditor::nameEdit(qint64 id) const
{
    const Row *r = row(id);
    return r ? r->name : nullptr;
}

QComboBox *CriteriaEditor::directionBox(qint64 id) const
{
    const Row *r = row(id);
    return r ? r->direction : nullptr;
}

QLabel *CriteriaEditor::shareLabel(qint64 id) const
{
    const Row *r = row(id);
    return r ? r->share : nullptr;
}

QToolButton *CriteriaEditor::removeButton(qint64 id) const
{
    const Row *r = row(id);
    return r ? r->remove : nullptr;
}

void CriteriaEditor::syncWithDocument()
{
    const QList<Criterion> &criteria = m_controller->document()->criteria();
    bool same = criteria.size() == m_rows.size();
    for (qsizetype i = 0; same && i < criteria.size(); ++i)
        same = criteria.at(i).id == m_rows.at(i).id;
    // Rows survive value changes so that focus and keyboard work carry on.
    if (same)
        refreshValues();
    else
        rebuild();
}

CriteriaEditor::Row CriteriaEditor::makeRow(qint64 criterionId)
{
    Row r;
    r.id = criterionId;
    r.name = new QLineEdit(m_rowsWidget);
    r.name->setMaxLength(int(CriterionRules::kMaxNameLength));
    r.name->setMinimumWidth(r.name->fontMetrics().horizontalAdvance(QStringLiteral("Fellowship "
                                                                                   "prospects"))
                            + 16);
    r.kind = new QLabel(m_rowsWidget);
    r.kind->setForegroundRole(QPalette::PlaceholderText);
    r.kind->setIndent(4);
    r.direction = new QComboBox(m_rowsWidget);
    r.direction->addItem(tr("Higher is better"), int(Direction::HigherIsBetter));
    r.direction->addItem(tr("Lower is better"), int(Direction::LowerIsBetter));
    r.slider = new QSlider(Qt::Horizontal, m_rowsWidget);
    r.slider->setRange(0, sliderMaximum(0));
    r.slider->setPageStep(5);
    r.slider->setMinimumWidth(80);
    r.weight = new QDoubleSpinBox(m_rowsWidget);
    r.weight->setRange(0, CriterionRules::kMaxWeight);
    r.weight->setDecimals(1);
    r.weight->setKeyboardTracking(false);
    r.share = new QLabel(m_rowsWidget);
    r.share->setMinimumWidth(r.share->fontMetrics().horizontalAdvance(QStringLiteral("100.0 %")));
    r.share->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    r.remove = new QToolButton(m_rowsWidget);
    r.remove->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
    r.remove->setText(tr("Remove"));
    r.remove->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    RankController *controller = m_controller;
    QLineEdit *name = r.name;
    connect(r.name, &QLineEdit::editingFinished, this, [this, controller, criterionId, name] {
        if (!controller->renameCriterion(criterionId, name->text())) {
            if (const Criterion *c = controller->document()->criterion(criterionId))
                name->setText(c->name);
        }
    });
    connect(r.direction, &QComboBox::activated, this, [controller, criterionId, r](int) {
        static_cast<void>(
            controller->setDirection(criterionId, Direction(r.direction->currentData().toInt())));
    });
    // While dragging: preview in memory. Let go, or a keyboard step: write.
    connect(r.slider, &QSlider::valueChanged, this, [controller, criterionId, r](int value) {
        {
            const QSignalBlocker blocker(r.weight);
            r.weight->setValue(value);
        }
        if (r.slider->isSliderDown())
            controller->document()->previewWeight(criterionId, value);
        else
            static_cast<void>(controller->setWeight(criterionId, value));
    });
    connect(r.slider, &QSlider::sliderReleased, this, [controller, criterionId, r] {
        static_cast<void>(controller->setWeight(criterionId, r.slider->value()));
    });
    connect(r.weight, &QDoubleSpinBox::valueChanged, this, [controller, criterionId](double value) {
        static_cast<void>(controller->setWeight(criterionId, value));
    });
    connect(r.remove, &QToolButton::clicked, this, [controller, criterionId] {
        static_cast<void>(controller->removeCriterion(criterionId));
    });
    return r;
}

void CriteriaEditor::rebuild()
{
    for (const Row &r : std::as_const(m_rows)) {
        for (QWidget *w : {static_cast<QWidget *>(r.name), static_cast<QWidget *>(r.kind),
                           static_cast<QWidget *>(r.direction), static_cast<QWidget *>(r.slider),
                           static_cast<QWidget *>(r.weight), static_cast<QWidget *>(r.share),
                           static_cast<QWidget *>(r.remove)}) {
            m_grid->removeWidget(w);
            w->hide();
            w->deleteLater(); // may be the sender of what led here
        }
    }
    m_rows.clear();
    // Two lines per criterion: its name, weight slider, number and share;
    // below, its direction, what it measures and Remove.
    const QList<Criterion> &criteria = m_controller->document()->criteria();
    for (qsizetype i = 0; i < criteria.size(); ++i) {
        Row r = makeRow(criteria.at(i).id);
        const int line = int(i) * 3;
        m_grid->addWidget(r.name, line, 0);
        m_grid->addWidget(r.slider, line, 1);
        m_grid->addWidget(r.weight, line, 2);
        m_grid->addWidget(r.share, line, 3);
        m_grid->addWidget(r.direction, line + 1, 0);
        m_grid->addWidget(r.kind, line + 1, 1);
        m_grid->addWidget(r.remove, line + 1, 2, 1, 2, Qt::AlignRight);
        m_grid->setRowMinimumHeight(line + 2, 10);
        m_rows.append(r);
    }
    // Tab goes along a row, then to the next.
    QWidget *previous = nullptr;
    for (const Row &r : std::as_const(m_rows)) {
        for (QWidget *w : {static_cast<QWidget *>(r.name), static_cast<QWidget *>(r.direction),
                           static_cast<QWidget *>(r.slider), static_cast<QWidget *>(r.weight),
                           static_cast<QWidget *>(r.remove)}) {
            if (previous)
                setTabOrder(previous, w);
            previous = w;
        }
    }
    m_empty->setVisible(criteria.isEmpty());
    refreshValues();
    // Scroll down, never sideways: ask the splitter for the rows' width.
    m_scroll->setMinimumWidth(m_rowsWidget->minimumSizeHint().width()
                              + m_scroll->verticalScrollBar()->sizeHint().width()
                              + 2 * m_scroll->frameWidth());
}

void CriteriaEditor::refreshValues()
{
    RankDocument *document = m_controller->document();
    double largest = 0;
    for (const Criterion &c : document->criteria())
        largest = std::max(largest, c.weight);
    const int maximum = sliderMaximum(largest);
    for (const Row &r : std::as_const(m_rows)) {
        const Criterion *c = document->criterion(r.id);
        if (!c)
            continue;
        if (!r.name->hasFocus())
            r.name->setText(c->name);
        r.name->setAccessibleName(tr("Name of criterion %1").arg(c->name));
        r.kind->setText(c->kindDisplay());
        r.kind->setToolTip(c->kindDisplay());
        {
            const QSignalBlocker blocker(r.direction);
            r.direction->setCurrentIndex(c->direction == Direction::LowerIsBetter ? 1 : 0);
        }
        r.direction->setAccessibleName(tr("Direction of %1").arg(c->name));
        if (!r.slider->isSliderDown()) {
            const QSignalBlocker blocker(r.slider);
            r.slider->setMaximum(maximum);
            r.slider->setValue(int(std::lround(c->weight)));
        }
        r.slider->setAccessibleName(tr("Weight of %1").arg(c->name));
        {
            const QSignalBlocker blocker(r.weight);
            r.weight->setValue(c->weight);
        }
        r.weight->setAccessibleName(tr("Weight of %1 as a number").arg(c->name));
        r.remove->setAccessibleName(tr("Remove %1").arg(c->name));
        r.remove->setToolTip(tr("Remove “%1” and its ratings").arg(c->name));
    }
    bool allSuggested = true;
    for (const Criterion &suggestion : suggestedCriteria()) {
        bool taken = false;
        for (const Criterion &c : document->criteria())
            taken = taken || c.name.compare(suggestion.name, Qt::CaseInsensitive) == 0;
        allSuggested = allSuggested && taken;
    }
    m_suggest->setEnabled(!allSuggested);
    updateShares();
}

int CriteriaEditor::sliderMaximum(double largestWeight)
{
    static constexpr int kRoundEnds[] = {20, 30, 50, 75, 100, 150, 200, 300, 500, 750};
    const double wanted = largestWeight * 1.5;
    for (int end : kRoundEnds) {
        if (end >= wanted)
            return end;
    }
    return int(CriterionRules::kMaxWeight);
}

void CriteriaEditor::updateShares()
{
    RankDocument *document = m_controller->document();
    double total = 0;
    for (const Criterion &c : document->criteria())
        total += c.weight;
    for (const Row &r : std::as_const(m_rows)) {
        const Criterion *c = document->criterion(r.id);
        if (!c)
            continue;
        const double share = total > 0 ? c->weight / total : 0;
        r.share->setText(DisplayFormat::percent(share));
        r.share->setAccessibleName(
            tr("Share of %1: %2").arg(c->name, DisplayFormat::percent(share)));
        if (r.slider->isSliderDown()) {
            const QSignalBlocker blocker(r.weight);
            r.weight->setValue(c->weight);
        }
    }
    m_total->setText(document->criteria().isEmpty()
                         ? QString()
                         : tr("Total weight: %1").arg(DisplayFormat::weight(total)));
}

void CriteriaEditor::openAddDialog()
{
    AddCriterionDialog dialog(this);
    while (dialog.exec() == QDialog::Accepted) {
        const Status status = m_controller->addCriterion(dialog.criterion());
        if (status)
            return;
        dialog.showProblem(status.message());
    }
}
