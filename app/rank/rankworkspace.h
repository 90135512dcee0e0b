#pragma once

#include "util/result.h"

#include <QWidget>

class BreakdownPanel;
class CriteriaEditor;
class DecisionAidsPanel;
class QLabel;
class QSplitter;
class QTabWidget;
class RankController;
class RankDocument;
class RankListPanel;
class RatingsModel;
class RatingsView;
class SnapshotsPanel;
class Workspace;

// The rank list builder as one page: the list (user order beside computed
// order, scores, pins, NRMP warnings) on the left; criteria and weights,
// the ratings grid, the score breakdown, the decision aids and the
// snapshots on the right. Every edit goes through the workspace's undo stack.
class RankWorkspace : public QWidget
{
    Q_OBJECT

public:
    explicit RankWorkspace(Workspace *workspace, QWidget *parent = nullptr);
    ~RankWorkspace() override;

    RankDocument *document() const { return m_document; }
    RankController *controller() const { return m_controller; }
    RankListPanel *listPanel() const { return m_listPanel; }
    CriteriaEditor *criteriaEditor() const { return m_criteria; }
    RatingsView *ratingsView() const { return m_ratingsView; }
    RatingsModel *ratingsModel() const { return m_ratingsModel; }
    BreakdownPanel *breakdownPanel() const { return m_breakdown; }
    DecisionAidsPanel *decisionAidsPanel() const { return m_decisionAids; }
    SnapshotsPanel *snapshotsPanel() const { return m_snapshots; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *messageLabel() const { return m_message; }

    enum Tab { CriteriaTab, RatingsTab, BreakdownTab, DecisionAidsTab, SnapshotsTab };

public Q_SLOTS:
    // Re-reads everything, e.g. after the catalog or the user's programs changed.
    void reload();
    // Adds a track to the current list (for "Add to rank list" elsewhere).
    rw::Status addTrack(const QString &trackKey);

private:
    void showMessage(const QString &message);

    RankDocument *m_document;
    RankController *m_controller;
    QSplitter *m_splitter;
    RankListPanel *m_listPanel;
    QTabWidget *m_tabs;
    CriteriaEditor *m_criteria;
    RatingsModel *m_ratingsModel;
    RatingsView *m_ratingsView;
    QLabel *m_ratingsHint;
    BreakdownPanel *m_breakdown;
    DecisionAidsPanel *m_decisionAids;
    SnapshotsPanel *m_snapshots;
    QWidget *m_messageBar;
    QLabel *m_message;
};
