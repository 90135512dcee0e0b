#pragma once

#include "exchange/notesexporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace rw {
class Database;
}

// Writes the user's notes to a `.rwnotes` file for classmates: on all
// programs, on chosen ones (preselected from the main window's selection),
// or on those with a track on one of the user's lists. Ratings, ranks,
// weights and lists stay out unless each is ticked. The name classmates see
// is remembered in the settings. Exporting changes nothing the user edits,
// so it is not an undo step.
class ExportNotesDialog : public QDialog
{
    Q_OBJECT

public:
    ExportNotesDialog(rw::Database &db, const QStringList &selectedProgramKeys,
                      QWidget *parent = nullptr);

    rw::ExportOptions options() const;
    QString outputPath() const;
    void setOutputPath(const QString &path);

    // For tests.
    QRadioButton *allButton() const { return m_all; }
    QRadioButton *chosenButton() const { return m_chosen; }
    QRadioButton *listButton() const { return m_onList; }
    QListWidget *programList() const { return m_programs; }
    QComboBox *listCombo() const { return m_lists; }
    QCheckBox *ratingsBox() const { return m_ratings; }
    QCheckBox *ranksBox() const { return m_ranks; }
    QCheckBox *weightsBox() const { return m_weights; }
    QCheckBox *listsBox() const { return m_listsBox; }
    QLineEdit *authorEdit() const { return m_author; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *exportButton() const { return m_exportButton; }

    void accept() override;

Q_SIGNALS:
    void exported(const QString &path, int notes);

private:
    void fillPrograms(const QStringList &selected);
    void filterPrograms(const QString &text);
    void browse();
    void updateState();

    rw::Database &m_db;
    QRadioButton *m_all;
    QRadioButton *m_chosen;
    QRadioButton *m_onList;
    QLineEdit *m_programFilter;
    QListWidget *m_programs;
    QComboBox *m_lists;
    QCheckBox *m_ratings;
    QCheckBox *m_ranks;
    QCheckBox *m_weights;
    QCheckBox *m_listsBox;
    QLabel *m_privateWarning;
    QLineEdit *m_author;
    QLabel *m_authorProblem;
    QLineEdit *m_path;
    QLabel *m_summary;
    QPushButton *m_exportButton;
};
