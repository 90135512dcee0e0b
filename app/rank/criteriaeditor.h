#pragma once

#include <QList>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QSlider;
class QToolButton;
class RankController;

// The criteria with their weights: a slider and a number per criterion and
// its share of the total, updated live while a slider moves (scores follow
// in memory; the weight is written, as one undo step, when it is let go).
// Offers the suggested starting set when there are no criteria yet.
class CriteriaEditor : public QWidget
{
    Q_OBJECT

public:
    explicit CriteriaEditor(RankController *controller, QWidget *parent = nullptr);

    // The widgets of one criterion's row, for tests and for focus.
    QSlider *weightSlider(qint64 criterionId) const;
    QDoubleSpinBox *weightBox(qint64 criterionId) const;
    QLineEdit *nameEdit(qint64 criterionId) const;
    QComboBox *directionBox(qint64 criterionId) const;
    QLabel *shareLabel(qint64 criterionId) const;
    QToolButton *removeButton(qint64 criterionId) const;
    QPushButton *suggestButton() const { return m_suggest; }
    QPushButton *addButton() const { return m_add; }

    // The sliders' common end: a round number half as much again as the
    // largest weight in use (at least 20, at most the largest weight
    // allowed), so that the thumbs spread over the track; the spin box
    // beside each holds the exact weight.
    static int sliderMaximum(double largestWeight);

public Q_SLOTS:
    void openAddDialog();

private:
    struct Row
    {
        qint64 id = 0;
        QLineEdit *name = nullptr;
        QLabel *kind = nullptr;
        QComboBox *direction = nullptr;
        QSlider *slider = nullptr;
        QDoubleSpinBox *weight = nullptr;
        QLabel *share = nullptr;
        QToolButton *remove = nullptr;
    };

    void syncWithDocument();
    void rebuild();
    void refreshValues();
    void updateShares();
    Row makeRow(qint64 criterionId);
    const Row *row(qint64 criterionId) const;

    RankController *m_controller;
    QList<Row> m_rows;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_rowsWidget;
    QGridLayout *m_grid;
    QLabel *m_empty;
    QLabel *m_total;
    QPushButton *m_add;
    QPushButton *m_suggest;
};
