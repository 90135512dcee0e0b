#pragma once

#include "report/ranklistreport.h"
#include "util/result.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPrinter;
class QPushButton;

namespace rw {
class Database;
}

// The rank list on paper: which list, the applicant's name, the paper and
// what to include, then Save PDF, Print Preview or Print, all from the same
// report (RankListReport). The name and paper are remembered as the
// preferences. Nothing in the database changes, so nothing is an undo step.
class ExportPdfDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose { Save, Preview, Print };

    ExportPdfDialog(rw::Database &db, const QString &listName, Purpose purpose,
                    QWidget *parent = nullptr);

    rw::RankListReportOptions options() const;
    QString outputPath() const;
    void setOutputPath(const QString &path);

    // Writes the PDF to outputPath(); on success emits saved() and closes.
    rw::Status save();
    // Lays the report out for the printer's paper and prints it (also what
    // the preview paints).
    rw::Status printTo(QPrinter *printer);
    void showPreview();
    void print();

    QComboBox *listBox() const { return m_lists; }
    QLineEdit *applicantEdit() const { return m_applicant; }
    QComboBox *pageSizeBox() const { return m_pageSize; }
    QCheckBox *breakdownBox() const { return m_breakdown; }
    QCheckBox *notesBox() const { return m_notes; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *previewButton() const { return m_preview; }
    QPushButton *printButton() const { return m_print; }

Q_SIGNALS:
    void saved(const QString &path, int ranks, int pages);
    void printed(int pages);

private:
    void browse();
    void remember() const;
    void showProblem(const QString &message);
    void setUpPrinter(QPrinter &printer) const;

    rw::Database &m_db;
    QComboBox *m_lists;
    QLineEdit *m_applicant;
    QComboBox *m_pageSize;
    QCheckBox *m_breakdown;
    QCheckBox *m_notes;
    QLineEdit *m_path;
    QLabel *m_problem;
    QPushButton *m_save;
    QPushButton *m_preview;
    QPushButton *m_print;
};
