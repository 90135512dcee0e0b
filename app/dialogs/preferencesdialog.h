#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

// Edit › Preferences: the interface language (applied at the next start) and
// what printed reports say by default, namely the applicant's name and the
// paper size (Letter or A4). These are settings of this computer, not data in
// the database, so changing them is not an undo step.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    QLineEdit *applicantEdit() const { return m_applicant; }
    QComboBox *pageSizeBox() const { return m_pageSize; }
    QComboBox *languageBox() const { return m_language; }

    void accept() override;

private:
    QLineEdit *m_applicant;
    QComboBox *m_pageSize;
    QComboBox *m_language;
    QLabel *m_restartNote;
};

namespace PageSizeChoice {
// Fills a combo box with Letter and A4 (the page size id as item data).
void fill(QComboBox *box);
void select(QComboBox *box, int pageSizeId);
int selected(const QComboBox *box);
} // namespace PageSizeChoice
