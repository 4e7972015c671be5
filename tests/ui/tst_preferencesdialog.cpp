// PreferencesDialog: what the user sees while choosing the archive folder and file names, and
// that a problem keeps OK disabled. Storing and applying is tst_application's.
#include "WidgetLookup.h"
#include "mainwindow/PreferencesDialog.h"
#include "scheduler/Archive.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace reportdesk;

class TstPreferencesDialog : public QObject {
    Q_OBJECT

private slots:
    void showsAndReturnsTheValues();
    void archiveFolderProblemsAreNamed();
    void templateShowsAnExampleOrTheProblem();
};

namespace {
Preferences sample(const QString &root)
{
    Preferences p;
    p.archiveRoot = root;
    p.fileNameTemplate = Archive::defaultTemplate();
    p.parallelRuns = 3;
    p.notifyOnSuccess = true;
    p.startAtLogin = false;
    return p;
}

QLabel *label(QWidget *dialog, const char *name)
{
    return test::findNamed<QLabel>(dialog, name);
}
} // namespace

void TstPreferencesDialog::showsAndReturnsTheValues()
{
    QTemporaryDir root;
    PreferencesDialog dialog(sample(root.path()));
    QCOMPARE(dialog.preferences(), sample(root.path())); // unchanged in, unchanged out
    QVERIFY(dialog.isAcceptable());
    QVERIFY(label(&dialog, "archiveRootState")->text().contains(QStringLiteral("free")));

    test::findNamed<QSpinBox>(&dialog, "parallelRunsSpin")->setValue(5);
    test::findNamed<QCheckBox>(&dialog, "notifyOnSuccessCheck")->setChecked(false);
    test::findNamed<QCheckBox>(&dialog, "startAtLoginCheck")->setChecked(true);
    const Preferences p = dialog.preferences();
    QCOMPARE(p.parallelRuns, 5);
    QVERIFY(!p.notifyOnSuccess);
    QVERIFY(p.startAtLogin);
    // The spin box refuses what the executor cannot do.
    test::findNamed<QSpinBox>(&dialog, "parallelRunsSpin")->setValue(50);
    QCOMPARE(dialog.preferences().parallelRuns, 8);
}

void TstPreferencesDialog::archiveFolderProblemsAreNamed()
{
    QTemporaryDir dir;
    PreferencesDialog dialog(sample(dir.path()));
    auto *edit = test::findNamed<QLineEdit>(&dialog, "archiveRootEdit");
    QLabel *state = label(&dialog, "archiveRootState");
    auto *ok = test::findNamed<QDialogButtonBox>(&dialog, "preferencesButtons")
                   ->button(QDialogButtonBox::Ok);

    const QString missing = dir.filePath(QStringLiteral("not-mounted"));
    edit->setText(missing);
    QVERIFY2(state->text().contains(QStringLiteral("does not exist")), qPrintable(state->text()));
    QVERIFY(state->text().contains(missing));
    QVERIFY(!ok->isEnabled());

    const QString file = dir.filePath(QStringLiteral("a-file"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    edit->setText(file);
    QVERIFY2(state->text().contains(QStringLiteral("not a folder")), qPrintable(state->text()));
    QVERIFY(!ok->isEnabled());

    edit->clear();
    QVERIFY(state->text().contains(QStringLiteral("No archive folder")));
    QVERIFY(!ok->isEnabled());

    edit->setText(dir.path());
    QVERIFY(ok->isEnabled());
    QVERIFY(!state->property("error").toBool());
}

void TstPreferencesDialog::templateShowsAnExampleOrTheProblem()
{
    QTemporaryDir dir;
    PreferencesDialog dialog(sample(dir.path()));
    auto *edit = test::findNamed<QLineEdit>(&dialog, "fileNameTemplateEdit");
    QLabel *state = label(&dialog, "fileNameTemplateState");
    auto *ok = test::findNamed<QDialogButtonBox>(&dialog, "preferencesButtons")
                   ->button(QDialogButtonBox::Ok);

    edit->setText(QStringLiteral("{yyyy}/{report} {MM-dd}.{ext}"));
    const QString year = QString::number(QDate::currentDate().year());
    const QString expected = QDir::toNativeSeparators(
        QStringLiteral("Weekly traffic/%1/Weekly traffic %2.pdf")
            .arg(year, QDate::currentDate().toString(QStringLiteral("MM-dd"))));
    QVERIFY2(state->text().contains(expected), qPrintable(state->text()));
    QVERIFY(ok->isEnabled());

    edit->setText(QStringLiteral("../{report}.{ext}"));
    QVERIFY2(state->text().contains(QStringLiteral("“..”")), qPrintable(state->text()));
    QVERIFY(state->property("error").toBool());
    QVERIFY(!ok->isEnabled());

    edit->setText(QStringLiteral("{report-{yyyy}.{ext}"));
    QVERIFY(!ok->isEnabled());
    edit->setText(Archive::defaultTemplate());
    QVERIFY(ok->isEnabled());
}

QTEST_MAIN(TstPreferencesDialog)
#include "tst_preferencesdialog.moc"
