#pragma once

#include "model/track.h"
#include "util/result.h"

#include <QDialog>

#include <functional>

class ProblemLine;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class RangeEdit;

// Adds a track of the user's own to a program, or edits one. The NRMP code
// is checked as it is typed (four digits, three digits, a letter, a digit).
class TrackDialog : public QDialog
{
    Q_OBJECT

public:
    TrackDialog(const QString &programName, bool adding, QWidget *parent = nullptr);

    void setTrack(const rw::Track &track);
    rw::Track track() const;
    void setApply(std::function<rw::Status(const rw::Track &)> apply)
    {
        m_apply = std::move(apply);
    }
    QString problem() const;

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *typeBox() const { return m_type; }
    QLineEdit *codeEdit() const { return m_code; }

private:
    void validate();

    rw::Track m_original;
    std::function<rw::Status(const rw::Track &)> m_apply;

    QLineEdit *m_name;
    QComboBox *m_type;
    QLineEdit *m_code;
    QSpinBox *m_positions;
    QLineEdit *m_schedule;
    RangeEdit *m_share;
    QPlainTextEdit *m_description;
    QDialogButtonBox *m_buttons;
    ProblemLine *m_problem;
};
