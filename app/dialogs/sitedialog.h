#pragma once

#include "model/continuitysite.h"
#include "model/track.h"
#include "util/result.h"

#include <QDialog>

#include <functional>

class ProblemLine;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

// Adds a continuity site of the user's own to a program, or edits one:
// which tracks train there, how many residents, how far, which languages.
class SiteDialog : public QDialog
{
    Q_OBJECT

public:
    SiteDialog(const QString &programName, const QList<rw::Track> &tracks, bool adding,
               QWidget *parent = nullptr);

    void setSite(const rw::ContinuitySite &site);
    rw::ContinuitySite site() const;
    void setApply(std::function<rw::Status(const rw::ContinuitySite &)> apply)
    {
        m_apply = std::move(apply);
    }
    QString problem() const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *residentsEdit() const { return m_residents; }
    QListWidget *trackList() const { return m_tracks; }

private:
    void validate();

    rw::ContinuitySite m_original;
    std::function<rw::Status(const rw::ContinuitySite &)> m_apply;

    QLineEdit *m_name;
    QLineEdit *m_shortName;
    QListWidget *m_tracks;
    QLineEdit *m_residents;
    QDoubleSpinBox *m_distance;
    QLineEdit *m_location;
    QLineEdit *m_languages;
    QLineEdit *m_interpreters;
    QLineEdit *m_services;
    QPlainTextEdit *m_description;
    QDialogButtonBox *m_buttons;
    ProblemLine *m_problem;
};
