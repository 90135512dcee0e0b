#include "pages/programedits.h"

#include "dialogs/programdialog.h"
#include "dialogs/sitedialog.h"
#include "dialogs/trackdialog.h"
#include "storage/database.h"
#include "storage/institutionrepository.h"
#include "storage/programrepository.h"
#include "storage/siterepository.h"
#include "storage/trackrepository.h"
#include "undo/itemcommands.h"
#include "undo/valuecommands.h"
#include "util/keys.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QMessageBox>

using namespace rw;

namespace ProgramEdits {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ProgramEdits)
};

void explainReadOnly(QWidget *parent, const QString &name)
{
    QMessageBox::information(
        parent, Text::tr("Catalog entries are read-only"),
        Text::tr("“%1” comes from the bundled catalog, so it cannot be edited or "
                 "deleted. Write a note on it instead, or add a track or site of "
                 "your own.")
            .arg(name));
}

void showError(QWidget *parent, const QString &message)
{
    QMessageBox::warning(parent, Text::tr("Cannot do that"), message);
}

// Pushes an add command; `key` learns what was added.
Status pushAdd(Workspace *workspace, AddItemCommand *command, QString &key)
{
    Status status = workspace->push(command);
    if (status)
        key = command->key();
    return status;
}

} // namespace

QString addProgram(QWidget *parent, Workspace *workspace)
{
    Database *db = workspace->database();
    if (!db)
        return {};
    ProgramDialog dialog(ProgramDialog::Mode::Add, parent);
    if (auto names = InstitutionRepository(*db).names())
        dialog.setInstitutions(*names);
    QString key;
    dialog.setApply([&](const Program &program) {
        return pushAdd(workspace, AddItemCommand::program(workspace, program), key);
    });
    dialog.exec();
    return key;
}

QString addTrack(QWidget *parent, Workspace *workspace, const QString &programKey)
{
    Database *db = workspace->database();
    if (!db)
        return {};
    auto program = ProgramRepository(*db).program(programKey);
    if (!program) {
        showError(parent, program.message());
        return {};
    }
    TrackDialog dialog(program->name, true, parent);
    QString key;
    dialog.setApply([&](const Track &track) {
        return pushAdd(workspace, AddItemCommand::track(workspace, programKey, track), key);
    });
    dialog.exec();
    return key;
}

QString addSite(QWidget *parent, Workspace *workspace, const QString &programKey)
{
    Database *db = workspace->database();
    if (!db)
        return {};
    auto program = ProgramRepository(*db).program(programKey);
    if (!program) {
        showError(parent, program.message());
        return {};
    }
    SiteDialog dialog(program->name, program->tracks, true, parent);
    QString key;
    dialog.setApply([&](const ContinuitySite &site) {
        return pushAdd(workspace, AddItemCommand::site(workspace, programKey, site), key);
    });
    dialog.exec();
    return key;
}

QString edit(QWidget *parent, Workspace *workspace, const QString &key)
{
    Database *db = workspace->database();
    if (!db)
        return {};
    ProgramRepository repository(*db);
    auto program = repository.program(Keys::programOf(key));
    if (!program) {
        showError(parent, program.message());
        return {};
    }
    bool done = false;
    if (Keys::isValidTrackKey(key)) {
        auto track = TrackRepository(*db).track(key);
        if (!track) {
            showError(parent, track.message());
            return {};
        }
        if (track->origin != Origin::User) {
            explainReadOnly(parent, track->name);
            return {};
        }
        TrackDialog dialog(program->name, false, parent);
        dialog.setTrack(*track);
        const Track before = *track;
        dialog.setApply([&](const Track &after) {
            return workspace->push(new ChangeValue(
                workspace, Values::track, Text::tr("Edit track “%1”").arg(after.name.trimmed()),
                key, before, after));
        });
        done = dialog.exec() == QDialog::Accepted;
    } else if (Keys::isValidSiteKey(key)) {
        auto site = SiteRepository(*db).site(key);
        if (!site) {
            showError(parent, site.message());
            return {};
        }
        if (site->origin != Origin::User) {
            explainReadOnly(parent, site->name);
            return {};
        }
        SiteDialog dialog(program->name, program->tracks, false, parent);
        dialog.setSite(*site);
        const ContinuitySite before = *site;
        dialog.setApply([&](const ContinuitySite &after) {
            return workspace->push(new ChangeValue(
                workspace, Values::site, Text::tr("Edit site “%1”").arg(after.name.trimmed()), key,
                before, after));
        });
        done = dialog.exec() == QDialog::Accepted;
    } else {
        if (program->origin != Origin::User) {
            explainReadOnly(parent, program->name);
            return {};
        }
        ProgramDialog dialog(ProgramDialog::Mode::Edit, parent);
        if (auto names = InstitutionRepository(*db).names())
            dialog.setInstitutions(*names);
        dialog.setProgram(*program);
        const Program before = *program;
        dialog.setApply([&](const Program &after) {
            return workspace->push(new ChangeValue(
                workspace, Values::program, Text::tr("Edit program “%1”").arg(after.name.trimmed()),
                key, before, after));
        });
        done = dialog.exec() == QDialog::Accepted;
    }
    return done ? key : QString();
}

bool remove(QWidget *parent, Workspace *workspace, const QString &key)
{
    Database *db = workspace->database();
    if (!db)
        return false;
    ProgramRepository repository(*db);
    auto program = repository.program(Keys::programOf(key));
    if (!program) {
        showError(parent, program.message());
        return false;
    }
    QString name = program->name;
    Origin origin = program->origin;
    if (Keys::isValidTrackKey(key)) {
        auto track = TrackRepository(*db).track(key);
        if (!track) {
            showError(parent, track.message());
            return false;
        }
        name = track->name;
        origin = track->origin;
    } else if (Keys::isValidSiteKey(key)) {
        auto site = SiteRepository(*db).site(key);
        if (!site) {
            showError(parent, site.message());
            return false;
        }
        name = site->name;
        origin = site->origin;
    }
    if (origin != Origin::User) {
        explainReadOnly(parent, name);
        return false;
    }
    if (Status status = workspace->push(new DeleteItemCommand(workspace, key, name)); !status) {
        showError(parent, status.message());
        return false;
    }
    return true;
}

} // namespace ProgramEdits
