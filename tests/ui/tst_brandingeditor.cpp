#include "editors/BrandingEditor.h"
#include "TestCatalog.h"
#include "WidgetLookup.h"
#include "catalog/DemoContent.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

using namespace reportdesk;

class tst_BrandingEditor : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsProfilesWithDefault();
    void nonImageLogoIsRefused();
    void oversizedLogoIsRefused();
    void editAndSave();
    void invalidFieldsShownAndNotSaved();
    void revertDiscards();
    void addDuplicateAndSetDefault();
    void deletingDefaultShowsCatalogMessage();
    void screenshot();

private:
    template <typename T> T *child(const char *name)
    {
        return test::findNamed<T>(m_editor.get(), name);
    }
    QString writeFile(const QString &name, const QByteArray &bytes);

    std::unique_ptr<test::TestCatalog> m_catalog;
    std::unique_ptr<BrandingEditor> m_editor;
    BrandingProfile m_default;
};

void tst_BrandingEditor::init()
{
    m_catalog = std::make_unique<test::TestCatalog>();
    const Status seeded =
        DemoContent::seed(**m_catalog, m_catalog->dir() + QStringLiteral("/sample.sqlite"));
    QVERIFY2(seeded.ok(), qPrintable(seeded.error()));
    m_default = *(*m_catalog)->defaultBranding();
    m_editor = std::make_unique<BrandingEditor>(m_catalog->get());
    m_editor->resize(1100, 750);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
}

void tst_BrandingEditor::cleanup()
{
    m_editor.reset();
    m_catalog.reset();
}

QString tst_BrandingEditor::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_catalog->dir() + QLatin1Char('/') + name;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void tst_BrandingEditor::showsProfilesWithDefault()
{
    auto *list = child<QListWidget>("profileList");
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->currentRow(), 0);
    QVERIFY(list->item(0)->text().contains(QStringLiteral("(default)")));
    QVERIFY(list->item(0)->font().bold());
    QCOMPARE(child<QLineEdit>("nameEdit")->text(), m_default.name);
    QCOMPARE(child<QLineEdit>("accentColorEdit")->text(), m_default.accentColor);
    QCOMPARE(child<QLabel>("pageNumberSampleLabel")->text(),
             QStringLiteral("Sample: Page 3 of 12"));
    QVERIFY(!child<QLabel>("logoPreview")->pixmap().isNull());
    QVERIFY(!m_editor->isModified());
    QVERIFY(!child<QPushButton>("setDefaultButton")->isEnabled());
}

void tst_BrandingEditor::nonImageLogoIsRefused()
{
    const QString path = writeFile(QStringLiteral("notes.txt"), "these are not pixels\n");
    QVERIFY(!m_editor->loadLogoFile(path));
    auto *error = child<QLabel>("logoErrorLabel");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("not an image")), qPrintable(error->text()));
    QCOMPARE(m_editor->editedProfile().logo, m_default.logo);
    QVERIFY(!m_editor->isModified());
    QCOMPARE(*(*m_catalog)->brandingProfile(m_default.id), m_default);

    // A real image clears the error.
    QImage image(16, 16, QImage::Format_RGB32);
    image.fill(Qt::blue);
    const QString png = m_catalog->dir() + QStringLiteral("/blue.png");
    QVERIFY(image.save(png));
    QVERIFY(m_editor->loadLogoFile(png));
    QVERIFY(!error->isVisible());
    QVERIFY(m_editor->isModified());
    QCOMPARE(m_editor->editedProfile().logoFileName, QStringLiteral("blue.png"));
}

void tst_BrandingEditor::oversizedLogoIsRefused()
{
    QByteArray big("\x89PNG\r\n\x1a\n");
    big.append(QByteArray(3 * 1024 * 1024, 'x'));
    QVERIFY(!m_editor->loadLogoFile(writeFile(QStringLiteral("huge.png"), big)));
    QVERIFY(child<QLabel>("logoErrorLabel")->text().contains(QStringLiteral("2 MB")));
    QCOMPARE(m_editor->editedProfile().logo, m_default.logo);
    QCOMPARE(*(*m_catalog)->brandingProfile(m_default.id), m_default);
}

void tst_BrandingEditor::editAndSave()
{
    auto *header = child<QLineEdit>("headerTextEdit");
    header->selectAll();
    QTest::keyClicks(header, QStringLiteral("ACME weekly"));
    auto *format = child<QLineEdit>("pageNumberFormatEdit");
    format->selectAll();
    QTest::keyClicks(format, QStringLiteral("{page}/{pages}"));
    QCOMPARE(child<QLabel>("pageNumberSampleLabel")->text(), QStringLiteral("Sample: 3/12"));
    QVERIFY(m_editor->isModified());
    QVERIFY(child<QPushButton>("saveProfileButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>("saveProfileButton"), Qt::LeftButton);
    QVERIFY(!m_editor->isModified());
    const BrandingProfile stored = *(*m_catalog)->brandingProfile(m_default.id);
    QCOMPARE(stored.headerText, QStringLiteral("ACME weekly"));
    QCOMPARE(stored.pageNumberFormat, QStringLiteral("{page}/{pages}"));
    QVERIFY(stored.isDefault);
}

void tst_BrandingEditor::invalidFieldsShownAndNotSaved()
{
    auto *colour = child<QLineEdit>("accentColorEdit");
    colour->selectAll();
    QTest::keyClicks(colour, QStringLiteral("blue"));
    QVERIFY(child<QLabel>("accentColorErrorLabel")->isVisible());
    auto *link = child<QLineEdit>("footerLinkEdit");
    link->selectAll();
    QTest::keyClicks(link, QStringLiteral("example"));
    QVERIFY(child<QLabel>("footerLinkErrorLabel")->isVisible());
    QVERIFY(!child<QPushButton>("saveProfileButton")->isEnabled());
    QVERIFY(!m_editor->save());
    QVERIFY(child<QLabel>("brandingMessageLabel")->isVisible());
    QCOMPARE(*(*m_catalog)->brandingProfile(m_default.id), m_default);
}

void tst_BrandingEditor::revertDiscards()
{
    auto *name = child<QLineEdit>("nameEdit");
    QTest::keyClicks(name, QStringLiteral(" 2"));
    QVERIFY(m_editor->isModified());
    QTest::mouseClick(child<QPushButton>("revertProfileButton"), Qt::LeftButton);
    QVERIFY(!m_editor->isModified());
    QCOMPARE(name->text(), m_default.name);
}

void tst_BrandingEditor::addDuplicateAndSetDefault()
{
    QTest::mouseClick(child<QPushButton>("duplicateProfileButton"), Qt::LeftButton);
    QList<BrandingProfile> profiles = (*m_catalog)->brandingProfiles();
    QCOMPARE(profiles.size(), 2);
    auto *list = child<QListWidget>("profileList");
    const BrandingProfile copy = m_editor->editedProfile();
    QCOMPARE(copy.name, m_default.name + QStringLiteral(" copy"));
    QCOMPARE(copy.headerText, m_default.headerText);
    QVERIFY(!copy.isDefault);
    QCOMPARE(list->currentItem()->text(), copy.name);

    QTest::mouseClick(child<QPushButton>("setDefaultButton"), Qt::LeftButton);
    QCOMPARE((*m_catalog)->defaultBranding()->id, copy.id);
    QVERIFY(!(*m_catalog)->brandingProfile(m_default.id)->isDefault);
    QVERIFY(list->currentItem()->text().contains(QStringLiteral("(default)")));
    QVERIFY(list->currentItem()->font().bold());

    QTest::mouseClick(child<QPushButton>("addProfileButton"), Qt::LeftButton);
    QCOMPARE((*m_catalog)->brandingProfiles().size(), 3);
    QCOMPARE(m_editor->editedProfile().name, QStringLiteral("New profile"));
}

void tst_BrandingEditor::deletingDefaultShowsCatalogMessage()
{
    QTest::mouseClick(child<QPushButton>("deleteProfileButton"), Qt::LeftButton);
    auto *message = child<QLabel>("brandingMessageLabel");
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("default profile")),
             qPrintable(message->text()));
    QCOMPARE((*m_catalog)->brandingProfiles().size(), 1);
}

void tst_BrandingEditor::screenshot()
{
    const QString dir = qEnvironmentVariable("REPORTDESK_SHOTS_DIR");
    if (dir.isEmpty())
        QSKIP("set REPORTDESK_SHOTS_DIR to write screenshots");
    QDir().mkpath(dir);
    auto settle = [] {
        for (int pass = 0; pass < 3; ++pass)
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    };
    auto *watermark = child<QLineEdit>("watermarkEdit");
    QTest::keyClicks(watermark, QStringLiteral("DRAFT"));
    settle();
    QVERIFY(m_editor->grab().save(dir + QStringLiteral("/branding-editor.png")));
    m_editor->loadLogoFile(writeFile(QStringLiteral("notes.txt"), "text"));
    auto *colour = child<QLineEdit>("accentColorEdit");
    colour->selectAll();
    QTest::keyClicks(colour, QStringLiteral("#12"));
    settle();
    QVERIFY(m_editor->grab().save(dir + QStringLiteral("/branding-editor-errors.png")));
    m_editor->revert();
}

QTEST_MAIN(tst_BrandingEditor)
#include "tst_brandingeditor.moc"
