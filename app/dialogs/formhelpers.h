#pragma once

#include "model/fact.h"
#include "util/result.h"

#include <QWidget>

#include <functional>
#include <optional>

class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

// Small pieces the edit dialogs share: number boxes that can say "unknown",
// a from–to range editor and the problem line under a form.
namespace FormHelpers {

// A spin box whose lowest value reads "unknown" and means no value.
QSpinBox *optionalCount(QWidget *parent, int maximum);
std::optional<int> countValue(const QSpinBox *box);
void setCount(QSpinBox *box, const std::optional<int> &value);

QDoubleSpinBox *optionalNumber(QWidget *parent, double maximum, const QString &suffix);
std::optional<double> numberValue(const QDoubleSpinBox *box);
void setNumber(QDoubleSpinBox *box, const std::optional<double> &value);

} // namespace FormHelpers

// Two optional numbers side by side: "from [ ] to [ ] %".
class RangeEdit : public QWidget
{
    Q_OBJECT

public:
    RangeEdit(double maximum, const QString &suffix, QWidget *parent = nullptr);
    rw::Range range() const;
    void setRange(const rw::Range &range);
    QDoubleSpinBox *fromBox() const { return m_from; }
    QDoubleSpinBox *toBox() const { return m_to; }

Q_SIGNALS:
    void changed();

private:
    QDoubleSpinBox *m_from;
    QDoubleSpinBox *m_to;
};

// The line under a form that says what must change before it can be saved,
// with a warning icon so the message does not rely on colour. It drives the
// OK button: disabled while there is a problem.
class ProblemLine : public QWidget
{
    Q_OBJECT

public:
    ProblemLine(QDialogButtonBox *buttons, QWidget *parent = nullptr);
    void setProblem(const QString &problem);
    // A validation's verdict: its message, or no problem when it passed.
    void setProblem(const rw::Status &check) { setProblem(check ? QString() : check.message()); }
    QString problem() const;

private:
    QDialogButtonBox *m_buttons;
    QLabel *m_icon;
    QLabel *m_text;
};

// Accepts a dialog only when `apply` succeeds (the database may still refuse
// valid-looking input, such as an NRMP code another track has); otherwise
// the refusal shows in the problem line and the dialog stays open.
void acceptWhenApplied(QDialog *dialog, ProblemLine *problem,
                       const std::function<rw::Status()> &apply);
