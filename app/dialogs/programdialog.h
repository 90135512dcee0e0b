#pragma once

#include "model/program.h"
#include "util/result.h"

#include <QDialog>

#include <functional>

class ProblemLine;
class QComboBox;
class QDialogButtonBox;
class QGridLayout;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class RangeEdit;

// Adds a program of the user's own (with its first tracks) or edits one's
// fields. Problems are shown as they are typed (a malformed NRMP code, a
// missing name) and OK stays disabled until there are none.
class ProgramDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Add, Edit };

    explicit ProgramDialog(Mode mode, QWidget *parent = nullptr);

    void setProgram(const rw::Program &program);
    void setInstitutions(const QStringList &names);
    // What the form says; in Add mode with its tracks.
    rw::Program program() const;
    // Runs on OK; a refusal keeps the dialog open and shows the message.
    void setApply(std::function<rw::Status(const rw::Program &)> apply)
    {
        m_apply = std::move(apply);
    }
    QString problem() const;

    // For tests and keyboard users alike: the fields by name.
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *institutionEdit() const { return m_institution; }
    QLineEdit *cityEdit() const { return m_city; }
    QLineEdit *stateEdit() const { return m_state; }
    // Track rows (Add mode): name, type, NRMP code.
    int trackCount() const { return int(m_tracks.size()); }
    QLineEdit *trackNameEdit(int row) const { return m_tracks.at(row).name; }
    QComboBox *trackTypeBox(int row) const { return m_tracks.at(row).type; }
    QLineEdit *trackCodeEdit(int row) const { return m_tracks.at(row).code; }
    void addTrackRow();

private:
    struct TrackRow
    {
        QLineEdit *name;
        QComboBox *type;
        QLineEdit *code;
        QWidget *remove;
    };
    void removeTrackRow(QWidget *removeButton);
    void validate();
    void relayoutTracks();

    Mode m_mode;
    QString m_key;
    rw::Program m_original;
    std::function<rw::Status(const rw::Program &)> m_apply;

    QLineEdit *m_name;
    QLineEdit *m_institution;
    QLineEdit *m_specialty;
    QLineEdit *m_city;
    QLineEdit *m_state;
    QLineEdit *m_website;
    QSpinBox *m_positions;
    QLineEdit *m_schedule;
    RangeEdit *m_share;
    QPlainTextEdit *m_description;
    QGridLayout *m_trackGrid = nullptr;
    QList<TrackRow> m_tracks;
    QDialogButtonBox *m_buttons;
    ProblemLine *m_problem;
};
