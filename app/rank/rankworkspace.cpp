#include "rank/rankworkspace.h"

#include "rank/breakdownpanel.h"
#include "rank/criteriaeditor.h"
#include "rank/decisionaidspanel.h"
#include "rank/rankcontroller.h"
#include "rank/rankdocument.h"
#include "rank/ranklistpanel.h"
#include "rank/ranklistview.h"
#include "rank/ratingsmodel.h"
#include "rank/ratingsview.h"
#include "rank/snapshotspanel.h"
#include "workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

RankWorkspace::RankWorkspace(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_document(new RankDocument(workspace, this))
    , m_controller(new RankController(workspace, m_document, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_listPanel(new RankListPanel(m_controller, this))
    , m_tabs(new QTabWidget(this))
    , m_criteria(new CriteriaEditor(m_controller, this))
    , m_ratingsModel(new RatingsModel(m_document, this))
    , m_ratingsView(new RatingsView(this))
    , m_ratingsHint(new QLabel(this))
    , m_breakdown(new BreakdownPanel(m_document, this))
    , m_decisionAids(new DecisionAidsPanel(m_document, this))
    , m_snapshots(new SnapshotsPanel(m_controller, this))
    , m_messageBar(new QWidget(this))
    , m_message(new QLabel(this))
{
    setAccessibleName(tr("Rank list builder"));

    m_ratingsView->setModel(m_ratingsModel);
    m_ratingsHint->setWordWrap(true);
    m_ratingsHint->setText(
        tr("Type 1 to 5 on a rating cell (it moves down to the next track), Delete to clear. "
           "“–” is missing: left out of the score. Italic values come from the program facts."));
    auto *ratings = new QWidget(this);
    auto *ratingsLayout = new QVBoxLayout(ratings);
    ratingsLayout->addWidget(m_ratingsHint);
    ratingsLayout->addWidget(m_ratingsView, 1);

    m_tabs->setAccessibleName(tr("Rank list tools"));
    m_tabs->addTab(m_criteria, tr("Cr&iteria"));
    m_tabs->addTab(ratings, tr("Ra&tings"));
    m_tabs->addTab(m_breakdown, tr("Brea&kdown"));
    m_tabs->addTab(m_decisionAids, tr("Stability && &gut check"));
    m_tabs->addTab(m_snapshots, tr("S&napshots"));

    m_splitter->addWidget(m_listPanel);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 11);
    m_splitter->setStretchFactor(1, 9);
    m_splitter->setSizes({880, 720});
    m_splitter->setChildrenCollapsible(false);

    // Refusals and failed writes show here, without a modal dialog.
    auto *close = new QToolButton(m_messageBar);
    close->setIcon(QIcon::fromTheme(QStringLiteral("window-close")));
    close->setText(tr("Dismiss"));
    close->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setAccessibleName(tr("Message"));
    auto *barLayout = new QHBoxLayout(m_messageBar);
    barLayout->setContentsMargins(6, 4, 6, 4);
    barLayout->addWidget(m_message, 1);
    barLayout->addWidget(close);
    m_messageBar->setAutoFillBackground(true);
    m_messageBar->setBackgroundRole(QPalette::ToolTipBase);
    m_messageBar->setForegroundRole(QPalette::ToolTipText);
    m_messageBar->hide();
    connect(close, &QToolButton::clicked, m_messageBar, &QWidget::hide);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_splitter, 1);

    connect(m_controller, &RankController::refused, this, &RankWorkspace::showMessage);
    connect(m_document, &RankDocument::errorOccurred, this, &RankWorkspace::showMessage);
    connect(m_ratingsModel, &RatingsModel::ratingRequested, m_controller,
            &RankController::setRating);
    connect(m_ratingsModel, &RatingsModel::valueRequested, m_controller, &RankController::setValue);
    connect(m_listPanel, &RankListPanel::currentTrackChanged, m_breakdown,
            &BreakdownPanel::setTrack);
    m_breakdown->setTrack(m_listPanel->view()->currentTrackId());
    // Any edit that lands hides an earlier refusal.
    connect(workspace->undoStack(), &QUndoStack::indexChanged, m_messageBar, &QWidget::hide);
}

RankWorkspace::~RankWorkspace() = default;

void RankWorkspace::reload()
{
    m_document->reload(Workspace::Everything);
}

rw::Status RankWorkspace::addTrack(const QString &trackKey)
{
    // The first "Add to Rank List" starts the primary list (its own undo step).
    if (!m_document->currentList()) {
        if (rw::Status created =
                m_controller->createList(tr("My rank list"), rw::RankListKind::Primary);
            !created)
            return created;
    }
    return m_controller->addTrack(trackKey);
}

void RankWorkspace::showMessage(const QString &message)
{
    m_message->setText(message);
    m_messageBar->show();
}
