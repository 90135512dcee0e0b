#pragma once

#include "model/criterion.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

// Asks for a new criterion: name, what it measures, weight, direction.
class AddCriterionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AddCriterionDialog(QWidget *parent = nullptr);

    rw::Criterion criterion() const;
    // Shows why the last attempt was refused, keeping the dialog open.
    void showProblem(const QString &message);

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *parameterBox() const { return m_parameter; }
    QDoubleSpinBox *weightBox() const { return m_weight; }
    QComboBox *directionBox() const { return m_direction; }

private:
    void updateParameters();

    QLineEdit *m_name;
    QComboBox *m_kind;
    QComboBox *m_parameter;
    QDoubleSpinBox *m_weight;
    QComboBox *m_direction;
    QLabel *m_problem;
};
