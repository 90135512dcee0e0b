#pragma once

#include <QWidget>

class GutCheckModel;
class QLabel;
class QListView;
class RankDocument;
class StabilityModel;

// The two decision aids side by side with the list: the gut check (your
// order against your stated priorities) and rank stability.
class DecisionAidsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DecisionAidsPanel(RankDocument *document, QWidget *parent = nullptr);

    QLabel *gutSummary() const { return m_gutSummary; }
    // Which entries the aids left out and why, or what to rate first.
    QLabel *leftOutNote() const { return m_leftOut; }
    GutCheckModel *gutCheckModel() const { return m_gutCheck; }
    StabilityModel *stabilityModel() const { return m_stability; }
    QListView *stabilityView() const { return m_stabilityView; }
    QListView *gutCheckView() const { return m_gutView; }

private:
    void updateSummary();
    QString leftOutText() const;

    RankDocument *m_document;
    GutCheckModel *m_gutCheck;
    StabilityModel *m_stability;
    QLabel *m_gutSummary;
    QLabel *m_stabilitySummary;
    QLabel *m_leftOut;
    QListView *m_gutView;
    QListView *m_stabilityView;
};
