#include "editors/ReportEditor.h"
#include "editors/SectionEditor.h"
#include "TestCatalog.h"
#include "WidgetLookup.h"
#include "catalog/DemoContent.h"
#include "domain/Validation.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

using namespace reportdesk;

class tst_ReportEditor : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void loadsDemoReportUnmodified();
    void typingMarksModified();
    void emptyNameIsAnErrorAtTheField();
    void badTimeRangeIsAnErrorAtTheField();
    void unknownTimeZoneIsAnError();
    void revertRestores();
    void runQueryFillsPreview();
    void brokenQueryShowsDatabaseError();
    void undefinedVariableIsNamed();
    void markdownPreviewSubstitutesVariables();
    void addRemoveReorderSections();
    void emptyStateOffersAdd();
    void nonImageFileIsRefused();
    void variablesTableEditsVariables();
    void formatsAndPageOptions();
    void saveErrorShownUntilNextLoad();
    void screenshots();

private:
    template <typename T> T *child(const char *name)
    {
        return test::findNamed<T>(m_editor.get(), name);
    }
    int selectSectionOfKind(Section::Kind kind);
    QString shotsDir() const;
    bool shot(const QString &path);

    std::unique_ptr<test::TestCatalog> m_catalog;
    std::unique_ptr<ReportEditor> m_editor;
    Report m_weekly;
};

void tst_ReportEditor::init()
{
    m_catalog = std::make_unique<test::TestCatalog>();
    const Status seeded =
        DemoContent::seed(**m_catalog, m_catalog->dir() + QStringLiteral("/sample.sqlite"));
    QVERIFY2(seeded.ok(), qPrintable(seeded.error()));
    const auto folder = (*m_catalog)->folderIdByPath(QLatin1String(DemoContent::kSamplesFolder));
    QVERIFY(folder);
    const auto id = (*m_catalog)->reportIdByName(*folder, QStringLiteral("Weekly traffic"));
    QVERIFY(id);
    m_weekly = *(*m_catalog)->report(*id);
    m_editor = std::make_unique<ReportEditor>(m_catalog->get());
    m_editor->resize(1100, 750);
    m_editor->setReport(m_weekly);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
}

void tst_ReportEditor::cleanup()
{
    m_editor.reset();
    m_catalog.reset();
}

int tst_ReportEditor::selectSectionOfKind(Section::Kind kind)
{
    auto *tabs = child<QTabWidget>("reportEditorTabs");
    tabs->setCurrentIndex(1);
    const QList<Section> sections = m_editor->report().sections;
    for (int i = 0; i < sections.size(); ++i) {
        if (sections.at(i).kind == kind) {
            child<QListWidget>("sectionList")->setCurrentRow(i);
            return i;
        }
    }
    return -1;
}

bool tst_ReportEditor::shot(const QString &path)
{
    // Layouts settle through posted LayoutRequest events; deliver them so the picture is current.
    for (int pass = 0; pass < 3; ++pass)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    return m_editor->grab().save(path);
}

QString tst_ReportEditor::shotsDir() const
{
    return qEnvironmentVariable("REPORTDESK_SHOTS_DIR");
}

void tst_ReportEditor::loadsDemoReportUnmodified()
{
    QVERIFY(!m_editor->isModified());
    QVERIFY(m_editor->isValid());
    QCOMPARE(m_editor->report(), m_weekly);
    QCOMPARE(child<QLineEdit>("nameEdit")->text(), m_weekly.name);
    QCOMPARE(child<QListWidget>("sectionList")->count(), m_weekly.sections.size());
    QVERIFY(!child<QLabel>("errorSummaryLabel")->isVisible());
    QCOMPARE(child<QComboBox>("timeZoneCombo")->currentText(), QStringLiteral("Europe/Berlin"));
}

void tst_ReportEditor::typingMarksModified()
{
    QSignalSpy modified(m_editor.get(), &ReportEditor::modifiedChanged);
    auto *title = child<QLineEdit>("titleEdit");
    title->setFocus();
    title->end(false);
    QTest::keyClicks(title, QStringLiteral(" (draft)"));
    QVERIFY(m_editor->isModified());
    QCOMPARE(modified.count(), 1);
    QCOMPARE(modified.first().first().toBool(), true);
    QCOMPARE(m_editor->report().title, m_weekly.title + QStringLiteral(" (draft)"));
    QCOMPARE(m_editor->report().id, m_weekly.id);
    QCOMPARE(m_editor->report().folderId, m_weekly.folderId);

    // Typing it away again is not a modification.
    for (int i = 0; i < 8; ++i)
        QTest::keyClick(title, Qt::Key_Backspace);
    QVERIFY(!m_editor->isModified());
    QCOMPARE(modified.count(), 2);
}

void tst_ReportEditor::emptyNameIsAnErrorAtTheField()
{
    QSignalSpy validity(m_editor.get(), &ReportEditor::validityChanged);
    auto *name = child<QLineEdit>("nameEdit");
    name->setFocus();
    name->selectAll();
    QTest::keyClick(name, Qt::Key_Delete);
    QVERIFY(!m_editor->isValid());
    QCOMPARE(validity.count(), 1);
    QCOMPARE(validity.first().first().toBool(), false);

    const FieldErrors errors = m_editor->errors();
    const auto it = std::find_if(errors.cbegin(), errors.cend(), [](const FieldError &e) {
        return e.field == QLatin1String("name");
    });
    QVERIFY(it != errors.cend());
    auto *label = child<QLabel>("nameErrorLabel");
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), it->message);
    QCOMPARE(label->text(), Validation::checkName(QString(), QStringLiteral("report")));
    auto *summary = child<QLabel>("errorSummaryLabel");
    QVERIFY(summary->isVisible());
    QVERIFY(summary->text().contains(it->message.toHtmlEscaped()));

    QTest::keyClicks(name, QStringLiteral("Renamed"));
    QVERIFY(m_editor->isValid());
    QVERIFY(!label->isVisible());
    QVERIFY(!summary->isVisible());
    QCOMPARE(validity.count(), 2);
}

void tst_ReportEditor::badTimeRangeIsAnErrorAtTheField()
{
    child<QTabWidget>("reportEditorTabs")->setCurrentIndex(4);
    auto *from = child<QLineEdit>("timeFromEdit");
    from->setFocus();
    from->selectAll();
    QTest::keyClicks(from, QStringLiteral("now-7x"));
    QCOMPARE(m_editor->report().timeRange.from, QStringLiteral("now-7x"));
    QVERIFY(!m_editor->isValid());
    bool found = false;
    for (const FieldError &e : m_editor->errors())
        found = found || e.field == QLatin1String("timeRange.from");
    QVERIFY(found);
    auto *label = child<QLabel>("timeFromErrorLabel");
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(QStringLiteral("now-7x")), qPrintable(label->text()));
    QVERIFY(!child<QLabel>("timeToErrorLabel")->isVisible());
    QCOMPARE(child<QComboBox>("timePresetCombo")->currentIndex(), 0); // Custom

    // A preset fixes it and both fields show the preset's expressions.
    auto *presets = child<QComboBox>("timePresetCombo");
    const int last7 = presets->findData(QStringLiteral("last7d"));
    QVERIFY(last7 > 0);
    presets->setCurrentIndex(last7);
    emit presets->activated(last7);
    QCOMPARE(from->text(), QStringLiteral("now-7d"));
    QCOMPARE(m_editor->report().timeRange.to, QStringLiteral("now"));
    QVERIFY(m_editor->isValid());
    QVERIFY(child<QLabel>("timePreviewLabel")->text().contains(QLatin1Char('Z')));
}

void tst_ReportEditor::unknownTimeZoneIsAnError()
{
    auto *zone = child<QComboBox>("timeZoneCombo");
    zone->lineEdit()->selectAll();
    QTest::keyClicks(zone->lineEdit(), QStringLiteral("Mars/Olympus"));
    QCOMPARE(m_editor->report().timeZone, QStringLiteral("Mars/Olympus"));
    QVERIFY(!m_editor->isValid());
    QVERIFY(child<QLabel>("timeZoneErrorLabel")->text().contains(QStringLiteral("Mars/Olympus")));
    zone->setCurrentText(QStringLiteral("America/New_York"));
    QVERIFY(m_editor->isValid());
    QCOMPARE(m_editor->report().timeZone, QStringLiteral("America/New_York"));
}

void tst_ReportEditor::revertRestores()
{
    auto *name = child<QLineEdit>("nameEdit");
    name->selectAll();
    QTest::keyClick(name, Qt::Key_Delete);
    child<QCheckBox>("enabledCheck")->setChecked(false);
    QVERIFY(m_editor->isModified());
    QVERIFY(!m_editor->isValid());
    QSignalSpy modified(m_editor.get(), &ReportEditor::modifiedChanged);
    QSignalSpy validity(m_editor.get(), &ReportEditor::validityChanged);
    m_editor->revert();
    QCOMPARE(m_editor->report(), m_weekly);
    QVERIFY(!m_editor->isModified());
    QVERIFY(m_editor->isValid());
    QCOMPARE(name->text(), m_weekly.name);
    QVERIFY(child<QCheckBox>("enabledCheck")->isChecked());
    QVERIFY(!child<QLabel>("nameErrorLabel")->isVisible());
    QCOMPARE(modified.count(), 1);
    QCOMPARE(validity.count(), 1);
}

void tst_ReportEditor::runQueryFillsPreview()
{
    QVERIFY(selectSectionOfKind(Section::Kind::Table) >= 0);
    auto *section = child<SectionEditor>("sectionEditor");
    QSignalSpy finished(section, &SectionEditor::queryFinished);
    QTest::mouseClick(child<QPushButton>("runQueryButton"), Qt::LeftButton);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toBool(), true);
    const auto *model = child<QTableView>("queryPreviewView")->model();
    QVERIFY(model->rowCount() > 0);
    QVERIFY(model->rowCount() <= 100);
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("path"));
    QVERIFY(!m_editor->isModified()); // running a query is not an edit
}

void tst_ReportEditor::brokenQueryShowsDatabaseError()
{
    QVERIFY(selectSectionOfKind(Section::Kind::Table) >= 0);
    auto *query = child<QPlainTextEdit>("queryEdit");
    query->setPlainText(QStringLiteral("SELECT host FROM no_such_table"));
    QCOMPARE(m_editor->report().sections.at(4).query, query->toPlainText());
    auto *section = child<SectionEditor>("sectionEditor");
    QSignalSpy finished(section, &SectionEditor::queryFinished);
    QTest::mouseClick(child<QPushButton>("runQueryButton"), Qt::LeftButton);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    auto *status = child<QLabel>("queryStatusLabel");
    QVERIFY2(status->text().contains(QStringLiteral("no such table")), qPrintable(status->text()));
    QCOMPARE(child<QTableView>("queryPreviewView")->model()->rowCount(), 0);
}

void tst_ReportEditor::undefinedVariableIsNamed()
{
    QVERIFY(selectSectionOfKind(Section::Kind::Table) >= 0);
    auto *query = child<QPlainTextEdit>("queryEdit");
    query->setPlainText(QStringLiteral("SELECT * FROM web_access_log WHERE host = :host"));
    QVERIFY(child<QLabel>("parameterHintLabel")->text().contains(QStringLiteral(":host")));
    auto *section = child<SectionEditor>("sectionEditor");
    QSignalSpy finished(section, &SectionEditor::queryFinished);
    QTest::mouseClick(child<QPushButton>("runQueryButton"), Qt::LeftButton);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    const QString text = child<QLabel>("queryStatusLabel")->text();
    QVERIFY2(text.contains(QStringLiteral(":host")) && text.contains(QStringLiteral("not defined")),
             qPrintable(text));
}

void tst_ReportEditor::markdownPreviewSubstitutesVariables()
{
    QVERIFY(selectSectionOfKind(Section::Kind::Text) >= 0);
    auto *preview = child<QTextBrowser>("markdownPreview");
    QVERIFY2(preview->toPlainText().contains(QStringLiteral("shop.example.com")),
             qPrintable(preview->toPlainText()));
    QVERIFY(!preview->toPlainText().contains(QStringLiteral("${site}")));
    auto *markdown = child<QPlainTextEdit>("markdownEdit");
    markdown->setFocus();
    markdown->moveCursor(QTextCursor::End);
    QTest::keyClicks(markdown, QStringLiteral(" ${nobody}"));
    QVERIFY(child<QLabel>("undefinedVariablesLabel")->isVisible());
    QVERIFY(child<QLabel>("undefinedVariablesLabel")->text().contains(QStringLiteral("${nobody}")));
    QVERIFY(m_editor->report().sections.first().text.endsWith(QStringLiteral(" ${nobody}")));
}

void tst_ReportEditor::addRemoveReorderSections()
{
    auto *list = child<QListWidget>("sectionList");
    child<QTabWidget>("reportEditorTabs")->setCurrentIndex(1);
    list->setCurrentRow(0);
    const int before = int(m_weekly.sections.size());

    child<QAction>("addTableSectionAction")->trigger();
    QList<Section> sections = m_editor->report().sections;
    QCOMPARE(sections.size(), before + 1);
    QCOMPARE(sections.at(1).kind, Section::Kind::Table); // after the selected one
    QCOMPARE(sections.at(1).dataSource, QLatin1String(DemoContent::kDataSourceName));
    QCOMPARE(list->currentRow(), 1);
    QVERIFY(!m_editor->isValid()); // the new table has no query yet
    QVERIFY(child<QLabel>("queryErrorLabel")->isVisible());

    // Ctrl+Up on the list moves it up.
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Up, Qt::ControlModifier);
    sections = m_editor->report().sections;
    QCOMPARE(sections.at(0).kind, Section::Kind::Table);
    QCOMPARE(sections.at(1), m_weekly.sections.at(0));
    QCOMPARE(list->currentRow(), 0);

    QTest::mouseClick(child<QPushButton>("moveSectionDownButton"), Qt::LeftButton);
    QCOMPARE(m_editor->report().sections.at(1).kind, Section::Kind::Table);
    QCOMPARE(list->currentRow(), 1);

    QTest::mouseClick(child<QPushButton>("duplicateSectionButton"), Qt::LeftButton);
    QCOMPARE(m_editor->report().sections.size(), before + 2);
    QCOMPARE(m_editor->report().sections.at(2).kind, Section::Kind::Table);

    QTest::mouseClick(child<QPushButton>("removeSectionButton"), Qt::LeftButton);
    QCOMPARE(list->currentRow(), 2); // the next section is selected
    list->setCurrentRow(1);
    QTest::mouseClick(child<QPushButton>("removeSectionButton"), Qt::LeftButton);
    QCOMPARE(m_editor->report().sections, m_weekly.sections);
    QVERIFY(!m_editor->isModified());
    QVERIFY(m_editor->isValid());
}

void tst_ReportEditor::emptyStateOffersAdd()
{
    Report empty = m_weekly;
    empty.sections.clear();
    m_editor->setReport(empty);
    child<QTabWidget>("reportEditorTabs")->setCurrentIndex(1);
    QVERIFY(child<QLabel>("emptyContentLabel")->isVisible());
    QVERIFY(!child<QListWidget>("sectionList")->isVisible());
    const QList<QAction *> actions =
        m_editor->findChildren<QAction *>(QStringLiteral("addTextSectionAction"));
    QVERIFY(!actions.isEmpty());
    actions.last()->trigger();
    QCOMPARE(m_editor->report().sections.size(), 1);
    QVERIFY(child<QListWidget>("sectionList")->isVisible());
    QVERIFY(!child<QLabel>("emptyContentLabel")->isVisible());
    QTest::mouseClick(child<QPushButton>("removeSectionButton"), Qt::LeftButton);
    QVERIFY(child<QLabel>("emptyContentLabel")->isVisible());
    QVERIFY(!m_editor->isModified());
}

void tst_ReportEditor::nonImageFileIsRefused()
{
    child<QTabWidget>("reportEditorTabs")->setCurrentIndex(1);
    child<QListWidget>("sectionList")->setCurrentRow(0);
    child<QAction>("addImageSectionAction")->trigger();
    auto *section = child<SectionEditor>("sectionEditor");
    const QString notImage = m_catalog->dir() + QStringLiteral("/notes.png");
    QFile f(notImage);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("just text");
    f.close();
    QVERIFY(!section->setImageFile(notImage));
    QVERIFY(child<QLabel>("imageErrorLabel")->isVisible());
    QVERIFY(m_editor->report().sections.at(1).imageData.isEmpty());

    const QString png = m_catalog->dir() + QStringLiteral("/dot.png");
    QImage image(8, 8, QImage::Format_ARGB32);
    image.fill(Qt::red);
    QVERIFY(image.save(png));
    QVERIFY(section->setImageFile(png));
    QVERIFY(!child<QLabel>("imageErrorLabel")->isVisible());
    QCOMPARE(m_editor->report().sections.at(1).imageName, QStringLiteral("dot.png"));
    QVERIFY(!m_editor->report().sections.at(1).imageData.isEmpty());
    QVERIFY(m_editor->isValid());
}

void tst_ReportEditor::variablesTableEditsVariables()
{
    child<QTabWidget>("reportEditorTabs")->setCurrentIndex(4);
    auto *table = child<QTableWidget>("variablesTable");
    QCOMPARE(table->rowCount(), 1);
    table->item(0, 1)->setText(QStringLiteral("blog.example.com"));
    QCOMPARE(m_editor->report().variables.first().value, QStringLiteral("blog.example.com"));
    QTest::mouseClick(child<QPushButton>("addVariableButton"), Qt::LeftButton);
    QCOMPARE(m_editor->report().variables.size(), 2);
    table->item(1, 0)->setText(QStringLiteral("from"));
    QVERIFY(!m_editor->isValid());
    QVERIFY(child<QLabel>("variablesErrorLabel")->isVisible());
    QVERIFY(child<QLabel>("variablesErrorLabel")->text().contains(QStringLiteral("reserved")));
    table->setCurrentCell(1, 0);
    QTest::mouseClick(child<QPushButton>("removeVariableButton"), Qt::LeftButton);
    QCOMPARE(m_editor->report().variables.size(), 1);
    QVERIFY(m_editor->isValid());
}

void tst_ReportEditor::formatsAndPageOptions()
{
    child<QTabWidget>("reportEditorTabs")->setCurrentIndex(3);
    child<QCheckBox>("pdfFormatCheck")->setChecked(false);
    child<QCheckBox>("csvFormatCheck")->setChecked(false);
    QVERIFY(!m_editor->isValid());
    QVERIFY(child<QLabel>("formatsErrorLabel")->isVisible());
    child<QCheckBox>("pngFormatCheck")->setChecked(true);
    QVERIFY(m_editor->isValid());
    QCOMPARE(m_editor->report().formats, QStringList{QStringLiteral("png")});

    child<QComboBox>("pageSizeCombo")->setCurrentText(QStringLiteral("Letter"));
    child<QComboBox>("orientationCombo")->setCurrentIndex(1);
    child<QDoubleSpinBox>("marginLeftSpin")->setValue(22.5);
    const Report r = m_editor->report();
    QCOMPARE(r.page.size, QStringLiteral("Letter"));
    QCOMPARE(r.page.orientation, PageOptions::Orientation::Landscape);
    QCOMPARE(r.page.marginsMm.left(), 22.5);
    QCOMPARE(r.page.marginsMm.top(), m_weekly.page.marginsMm.top());

    auto *branding = child<QComboBox>("brandingCombo");
    QCOMPARE(branding->itemText(0),
             QStringLiteral("Default (%1)").arg(QLatin1String(DemoContent::kBrandingName)));
    QCOMPARE(branding->count(), 2);
    branding->setCurrentIndex(1);
    QCOMPARE(m_editor->report().brandingId, (*m_catalog)->defaultBranding()->id);
}

void tst_ReportEditor::saveErrorShownUntilNextLoad()
{
    auto *label = child<QLabel>("saveErrorLabel");
    QVERIFY(!label->isVisible());
    m_editor->showSaveError(QStringLiteral("A report named \"x\" already exists."));
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), QStringLiteral("A report named \"x\" already exists."));
    m_editor->setReport(m_weekly);
    QVERIFY(!label->isVisible());
}

void tst_ReportEditor::screenshots()
{
    const QString dir = shotsDir();
    if (dir.isEmpty())
        QSKIP("set REPORTDESK_SHOTS_DIR to write screenshots");
    QDir().mkpath(dir);
    auto *tabs = child<QTabWidget>("reportEditorTabs");
    QVERIFY(shot(dir + QStringLiteral("/report-editor-general.png")));
    selectSectionOfKind(Section::Kind::Table);
    auto *section = child<SectionEditor>("sectionEditor");
    QSignalSpy finished(section, &SectionEditor::queryFinished);
    section->runQuery();
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(shot(dir + QStringLiteral("/report-editor-table.png")));
    selectSectionOfKind(Section::Kind::Chart);
    QVERIFY(shot(dir + QStringLiteral("/report-editor-chart.png")));
    selectSectionOfKind(Section::Kind::Text);
    QVERIFY(shot(dir + QStringLiteral("/report-editor-text.png")));
    tabs->setCurrentIndex(2);
    QVERIFY(shot(dir + QStringLiteral("/report-editor-page.png")));
    tabs->setCurrentIndex(3);
    QVERIFY(shot(dir + QStringLiteral("/report-editor-output.png")));
    tabs->setCurrentIndex(4);
    QVERIFY(shot(dir + QStringLiteral("/report-editor-time.png")));
    auto *from = child<QLineEdit>("timeFromEdit");
    from->selectAll();
    QTest::keyClicks(from, QStringLiteral("now-7x"));
    QVERIFY(shot(dir + QStringLiteral("/report-editor-time-error.png")));
    tabs->setCurrentIndex(0);
    auto *name = child<QLineEdit>("nameEdit");
    name->selectAll();
    QTest::keyClick(name, Qt::Key_Delete);
    QVERIFY(shot(dir + QStringLiteral("/report-editor-errors.png")));
    Report empty = m_weekly;
    empty.sections.clear();
    m_editor->setReport(empty);
    tabs->setCurrentIndex(1);
    QVERIFY(shot(dir + QStringLiteral("/report-editor-empty.png")));
}

QTEST_MAIN(tst_ReportEditor)
#include "tst_reporteditor.moc"
